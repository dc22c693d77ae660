// Probes (reference §2 S12): the kubelet runs them itself (HTTP here; TCP and gRPC alike,
// exec probes through CRI ExecSync). A liveness failure, failureThreshold times in a row,
// makes the kubelet kill the container and restart it in place per restartPolicy (S2): the
// Pod stays on its node. A readiness failure only makes the kubelet report Ready=False; the
// EndpointSlice controller marks the endpoint not ready and kube-proxy stops sending it
// traffic; nothing is restarted. One after the other, on two Pods (on two nodes when there
// are two). Follows kubernetes.io: "Configure Liveness, Readiness and Startup Probes",
// "Pod Lifecycle" (container probes, restart policy), "EndpointSlices" (the ready condition),
// "Virtual IPs and Service Proxies".
// Adds, only while it plays, the kubelet → Pod links the probes take.
import type { Model } from '../../model.js';
import type { ModelAdditions, ScenarioMisfit } from '../types.js';
import { ApiTalk } from './api-talk.js';
import { computedScenario, NEED, unmet, withAdditions, type Plan } from './computed.js';
import { labelOf, viewFigure, type WorkerView } from './figure-view.js';
import { Flow } from './flow.js';
import { runnableWorkers } from './new-pods.js';
import { startContainers, type Placement } from './pod-startup.js';

function plan(model: Model): Plan | ScenarioMisfit {
  const view = viewFigure(model);
  const drawn = (w: WorkerView) => w.pods.filter((p) => view.byId.get(p)?.count === undefined);
  const workers = runnableWorkers(view).filter((w) => w.podParent !== undefined && drawn(w).length > 0);
  // Two Pods, on two nodes when the figure has two, so both stories stay apart.
  const live: Placement | undefined = workers[0] && { worker: workers[0], pod: drawn(workers[0])[0]! };
  const readyWorker = workers[1] ?? (workers[0] && drawn(workers[0]).length > 1 ? workers[0] : undefined);
  // Named apart from the first (pod-1 on worker-1, pod-2 on worker-2).
  const others = readyWorker && drawn(readyWorker).filter((p) => p !== live?.pod);
  const readyPod = others?.find((p) => labelOf(view, p) !== labelOf(view, live!.pod)) ?? others?.[0];
  const ready: Placement | undefined = readyWorker && readyPod !== undefined ? { worker: readyWorker, pod: readyPod } : undefined;
  const misfit = unmet([
    { present: view.primary !== undefined, what: NEED.apiserver },
    { present: ready !== undefined, what: { en: 'two Pods drawn on worker nodes', fr: 'deux Pods dessinés sur des nœuds worker' } },
  ]);
  if (misfit)
    return {
      ...misfit,
      remedy: {
        'k8s-cluster': { en: 'Set pods="2" or more (with at most 10 workers, so that Pods are drawn one by one).', fr: 'Indiquez pods="2" ou plus (avec 10 workers au plus, pour que les Pods soient dessinés un à un).' },
        'k8s-worker-node': { en: 'Set pods="2" or more.', fr: 'Indiquez pods="2" ou plus.' },
      },
    };
  const cp = view.primary!;
  const L = live!;
  const R = ready!;
  const adds: ModelAdditions = { components: [], edges: [{ from: L.worker.kubelet, to: L.pod }, { from: R.worker.kubelet, to: R.pod }] };
  const flow = new Flow(withAdditions(model, adds));
  const api = new ApiTalk(flow, view, cp);
  const lName = labelOf(view, L.pod);
  const rName = labelOf(view, R.pod);

  // Liveness: restart in place.
  flow.step({
    id: 'liveness-probe',
    from: L.worker.kubelet,
    to: L.pod,
    kind: 'request',
    message: 'liveness: GET /healthz',
    caption: {
      en: `Liveness. The kubelet probes ${lName} itself, every periodSeconds (10 s): an HTTP GET (an exec probe would go through CRI ExecSync).`,
      fr: `Vivacité (liveness). Le kubelet sonde lui-même ${lName}, toutes les periodSeconds (10 s)\u00a0: un GET HTTP (une sonde exec passe par ExecSync).`,
    },
  });
  flow.step({
    id: 'liveness-fails',
    from: L.pod,
    to: L.worker.kubelet,
    kind: 'response',
    message: { en: 'HTTP 500, 3 times', fr: 'HTTP 500, 3 fois' },
    caption: {
      en: 'The container answers 500, again and again: failureThreshold (3 by default) failures in a row.',
      fr: 'Le conteneur répond 500, encore et encore\u00a0: failureThreshold (3 par défaut) échecs d’affilée.',
    },
  });
  flow.step({
    id: 'liveness-kill',
    from: L.worker.kubelet,
    to: L.worker.runtime[0]!,
    kind: 'request',
    message: 'StopContainer',
    caption: {
      en: 'Liveness failed: the kubelet kills the container (CRI StopContainer: SIGTERM, then SIGKILL after the grace period).',
      fr: 'Vivacité en échec\u00a0: le kubelet tue le conteneur (StopContainer par le CRI\u00a0: SIGTERM, puis SIGKILL après le délai de grâce).',
    },
    effects: [{ component: L.pod, state: 'down' }],
  });
  flow.step({
    id: 'liveness-restart',
    from: L.worker.kubelet,
    to: L.worker.kubelet,
    kind: 'internal',
    message: 'restartPolicy: Always',
    caption: {
      en: 'It restarts it in place, per restartPolicy, with the same back-off as after a crash: the Pod keeps its node, its name and its IP.',
      fr: 'Il le relance sur place, selon restartPolicy, avec le même délai croissant qu’après un plantage\u00a0: le Pod garde son nœud, son nom, son IP.',
    },
  });
  startContainers(flow, [L.worker], [L], 'liveness-');
  api.request('liveness-report', L.worker.kubelet, 'PATCH pods/…/status', {
    en: 'The kubelet reports restartCount 1. No controller, no scheduler: the Pod was never replaced.',
    fr: 'Le kubelet remonte restartCount 1. Ni contrôleur ni scheduler\u00a0: le Pod n’a jamais été remplacé.',
  });
  api.persist('liveness-persist', 'PUT /registry/pods/…', {
    en: 'The API server stores the status in etcd.',
    fr: 'Le serveur d’API enregistre l’état dans etcd.',
  });

  // Readiness: out of the endpoints, not restarted.
  flow.step({
    id: 'readiness-probe',
    from: R.worker.kubelet,
    to: R.pod,
    kind: 'request',
    message: 'readiness: GET /ready',
    caption: {
      en: `Readiness, a different probe. The kubelet probes ${rName} the same way…`,
      fr: `Disponibilité (readiness), une autre sonde. Le kubelet sonde ${rName} de la même façon…`,
    },
  });
  flow.step({
    id: 'readiness-fails',
    from: R.pod,
    to: R.worker.kubelet,
    kind: 'response',
    message: { en: 'HTTP 503, 3 times', fr: 'HTTP 503, 3 fois' },
    caption: {
      en: '…and it fails failureThreshold times. The container is not killed: it keeps running.',
      fr: '…et elle échoue failureThreshold fois. Le conteneur n’est pas tué\u00a0: il continue de tourner.',
    },
  });
  api.request('readiness-report', R.worker.kubelet, 'PATCH pods/…/status (Ready=False)', {
    en: `The kubelet only reports the Pod’s Ready condition as False. ${rName} stays Running, restartCount unchanged.`,
    fr: `Le kubelet signale seulement la condition Ready du Pod à False. ${rName} reste Running, sans redémarrage.`,
  });
  api.persist('readiness-persist', 'PUT /registry/pods/…', {
    en: 'The API server stores the Pod’s new condition in etcd.',
    fr: 'Le serveur d’API enregistre la nouvelle condition du Pod dans etcd.',
  });
  const cm = cp.controllerManager;
  if (cm !== undefined) {
    api.watch('readiness-watch', cm, 'MODIFIED Pod Ready=False', {
      en: 'The EndpointSlice controller, in kube-controller-manager, sees the Pod not ready.',
      fr: 'Le contrôleur EndpointSlice, dans kube-controller-manager, voit le Pod non prêt.',
    });
    api.request('readiness-endpoints', cm, 'PUT …/endpointslices/…', {
      en: `It marks the endpoint of ${rName} ready: false in the Service’s EndpointSlice; the endpoint stays listed.`,
      fr: `Il marque le point de terminaison de ${rName} comme non prêt dans l’EndpointSlice du Service\u00a0; il y reste listé.`,
    });
    api.persist('readiness-persist-endpoints', 'PUT /registry/endpointslices/…', {
      en: 'The API server stores the EndpointSlice in etcd.',
      fr: 'Le serveur d’API enregistre l’EndpointSlice dans etcd.',
    });
  }
  const proxies = view.workers.filter((w) => w.kubeProxy !== undefined);
  if (proxies.length > 0) {
    api.watch(
      'readiness-watch-proxies',
      proxies.map((w) => ({ to: w.kubeProxy!, key: w.node })),
      { en: `EndpointSlice: ${rName} not ready`, fr: `EndpointSlice\u00a0: ${rName} non prêt` },
      cm !== undefined
        ? { en: 'kube-proxy, on every node, watches the EndpointSlice and sees the change.', fr: 'kube-proxy, sur chaque nœud, surveille l’EndpointSlice et voit le changement.' }
        : {
            en: 'The EndpointSlice controller (in kube-controller-manager, not drawn) marked the endpoint not ready; kube-proxy sees it.',
            fr: 'Le contrôleur EndpointSlice (dans kube-controller-manager, non dessiné) a marqué le point de terminaison non prêt\u00a0; kube-proxy le voit.',
          },
    );
    flow.beat(
      proxies.map((w) => ({
        id: `readiness-rules@${w.node}`,
        from: w.kubeProxy!,
        to: w.kubeProxy!,
        kind: 'internal' as const,
        message: { en: `rules without ${rName}`, fr: `règles sans ${rName}` },
        caption: {
          en: `Each kube-proxy rewrites its node’s rules: Service traffic no longer reaches ${rName}, still running, while its probe fails.`,
          fr: `Chaque kube-proxy réécrit les règles de son nœud\u00a0: le trafic du Service ne va plus à ${rName}, qui tourne, tant que sa sonde échoue.`,
        },
      })),
    );
  }
  return { adds, steps: flow.steps };
}

export const probes = computedScenario(
  {
    id: 'probes',
    title: { en: 'Probes: liveness restarts a container, readiness takes a Pod out of the endpoints', fr: 'Sondes\u00a0: la vivacité relance un conteneur, la disponibilité retire un Pod des points de terminaison' },
    appliesTo: ['k8s-cluster', 'k8s-worker-node'],
  },
  plan,
);
