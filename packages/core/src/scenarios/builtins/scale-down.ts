// Scale down and graceful termination (reference §2 S11): kubectl scale deployment nginx
// --replicas=2 on a Deployment running 3 Pods. The Deployment controller updates the
// ReplicaSet, whose controller ranks the Pods and deletes one gracefully: the API server sets
// its deletionTimestamp (grace terminationGracePeriodSeconds, 30 s by default) and watchers
// see MODIFIED. Then, in parallel, the EndpointSlice controller marks the endpoint terminating
// (ready false) and kube-proxy on every node drops it from its rules, while the kubelet runs
// the preStop hook, CRI StopContainer (SIGTERM, SIGKILL when the grace runs out) and
// StopPodSandbox, and deletes the Pod with grace 0: only then do watchers see DELETED.
// Follows kubernetes.io: "ReplicaSet" (scaling down: which Pods go first), "Pod Lifecycle"
// (termination of Pods), "Container Lifecycle Hooks", "EndpointSlices" (conditions: ready,
// serving, terminating), "Virtual IPs and Service Proxies".
import type { Model } from '../../model.js';
import type { ScenarioMisfit } from '../types.js';
import { computedScenario, unmet, type Plan } from './computed.js';
import { stopGracefully } from './graceful-stop.js';
import { isMisfit, ON_CLUSTER, startRollout } from './rollout.js';
import { together, track } from './tracks.js';

const BEFORE = 3;
const AFTER = 2;

function plan(model: Model): Plan | ScenarioMisfit {
  const start = startRollout(model, Array.from({ length: BEFORE }, (_, i) => `nginx-${i + 1}`), []);
  if (isMisfit(start)) return { ...start, remedy: ON_CLUSTER };
  const { view, kubectl, cp, cm, adds, replaces, existing, flow, api } = start;
  const proxies = view.workers.filter((w) => w.kubeProxy !== undefined);
  const misfit = unmet([{ present: proxies.length > 0, what: { en: 'kube-proxy on the worker nodes', fr: 'kube-proxy sur les nœuds worker' } }]);
  if (misfit) return misfit;
  // The ReplicaSet controller's choice: the Pods on the node that runs the most go first, then the newest.
  const perNode = (node: string) => existing.filter((p) => p.worker.node === node).length;
  const victim = [...existing].reverse().reduce((a, b) => (perNode(b.worker.node) > perNode(a.worker.node) ? b : a));
  const name = `nginx-${existing.indexOf(victim) + 1}`;

  api.request('submit', kubectl, 'PATCH …/deployments/nginx/scale', {
    en: `kubectl scale deployment nginx --replicas=${AFTER} changes the scale of the Deployment, which runs ${BEFORE} Pods.`,
    fr: `kubectl scale ramène le Deployment nginx de ${BEFORE} à ${AFTER}\u00a0réplicas.`,
  });
  api.persist(
    'persist-deployment',
    'PUT /registry/deployments/default/nginx',
    { en: `The API server stores replicas: ${AFTER} in etcd.`, fr: `Le serveur d’API enregistre le nouveau nombre de réplicas (${AFTER}) dans etcd.` },
    { replicate: true },
  );
  api.respond('scaled', kubectl, '200 OK', {
    en: 'kubectl prints deployment.apps/nginx scaled. The 3 Pods still run: the controllers do the rest.',
    fr: 'kubectl affiche deployment.apps/nginx scaled. Les 3\u00a0Pods tournent encore\u00a0: les contrôleurs font le reste.',
  });
  api.watch('watch-deployment', cm, 'MODIFIED Deployment nginx', {
    en: 'The Deployment controller sees the new replica count.',
    fr: 'Le contrôleur Deployment voit le nouveau nombre de réplicas.',
  });
  api.request('update-replicaset', cm, 'PUT …/replicasets/nginx-…', {
    en: `It updates the ReplicaSet, setting its replicas to ${AFTER}.`,
    fr: `Il met à jour le ReplicaSet\u00a0: replicas passe à ${AFTER}.`,
  });
  api.persist('persist-replicaset', 'PUT /registry/replicasets/…', {
    en: 'The API server stores the ReplicaSet in etcd.',
    fr: 'Le serveur d’API enregistre le ReplicaSet dans etcd.',
  });
  api.watch('watch-replicaset', cm, 'MODIFIED ReplicaSet', {
    en: `The ReplicaSet controller compares: ${AFTER} wanted, ${BEFORE} exist. One Pod must go.`,
    fr: `Le contrôleur ReplicaSet compare\u00a0: ${AFTER} voulus, ${BEFORE} existent. Un Pod doit partir.`,
  });
  flow.step({
    id: 'pick',
    from: cm,
    to: cm,
    kind: 'internal',
    message: { en: `pick ${name}`, fr: `choix de ${name}` },
    caption: {
      en: `It ranks them: Pending and not ready first, then lower pod-deletion-cost, the node with more replicas, the newest. ${name} goes.`,
      fr: `Il les classe\u00a0: Pending et non prêts d’abord, puis pod-deletion-cost faible, le nœud le plus chargé, le plus récent. ${name} part.`,
    },
  });
  api.request('delete', cm, `DELETE …/pods/${name}`, {
    en: `It deletes ${name} gracefully, with the Pod’s terminationGracePeriodSeconds (30 s by default).`,
    fr: `Il supprime ${name} en douceur, avec le terminationGracePeriodSeconds du Pod (30\u00a0s par défaut).`,
  });
  api.persist(
    'persist-delete',
    'PUT /registry/pods/…',
    {
      en: 'The API server sets its deletionTimestamp in etcd: Terminating, not gone yet. Watchers get MODIFIED, not DELETED.',
      fr: 'Le serveur d’API pose son deletionTimestamp dans etcd\u00a0: en cours d’arrêt, pas supprimé. Les observateurs reçoivent MODIFIED, pas DELETED.',
    },
    { effects: [{ component: victim.pod, state: 'terminating' }] },
  );
  // Two things happen at once: the endpoint leaves the Service's traffic, and the kubelet stops the Pod.
  together(flow, [
    track(flow, view, cp, (f, a) => {
      a.watch('endpoints-see', cm, 'MODIFIED Pod (deletionTimestamp)', {
        en: `In parallel the EndpointSlice controller, also in kube-controller-manager, sees ${name} terminating…`,
        fr: `En parallèle, le contrôleur EndpointSlice, lui aussi dans kube-controller-manager, voit ${name} en cours d’arrêt…`,
      });
      a.request('endpoints-terminating', cm, 'PUT …/endpointslices/…', {
        en: 'It marks its endpoint in the nginx Service’s EndpointSlice ready: false, terminating: true.',
        fr: 'Il marque son point de terminaison dans l’EndpointSlice du Service nginx\u00a0: ready à false, terminating à true.',
      });
      a.persist('persist-endpoints', 'PUT /registry/endpointslices/…', {
        en: 'The API server stores the EndpointSlice in etcd.',
        fr: 'Le serveur d’API enregistre l’EndpointSlice dans etcd.',
      });
      a.watch(
        'watch-endpoints',
        proxies.map((w) => ({ to: w.kubeProxy!, key: w.node })),
        'MODIFIED EndpointSlice',
        {
          en: 'kube-proxy on every node drops the endpoint from its rules: no new connection reaches the Pod.',
          fr: 'kube-proxy, sur chaque nœud, retire ce point de terminaison de ses règles\u00a0: plus aucune connexion nouvelle n’atteint le Pod.',
        },
      );
    }),
    track(flow, view, cp, (f, a) =>
      stopGracefully(f, a, victim, name, {
        watchCaption: {
          en: `Meanwhile the kubelet of ${victim.worker.node} sees ${name} terminating through its watch: 30 s of grace start.`,
          fr: `Pendant ce temps, le kubelet de ${victim.worker.node} voit que ${name} doit s’arrêter\u00a0: 30\u00a0s de grâce commencent.`,
        },
      }),
    ),
  ]);
  api.watch('watch-deleted', cm, `DELETED Pod ${name}`, {
    en: `The controllers get DELETED: the ReplicaSet has its ${AFTER} Pods, and the endpoint leaves the EndpointSlice.`,
    fr: `Les contrôleurs reçoivent DELETED\u00a0: le ReplicaSet a ses ${AFTER}\u00a0Pods, et le point de terminaison quitte l’EndpointSlice.`,
  });
  return { adds, replaces, steps: flow.steps };
}

export const scaleDown = computedScenario(
  {
    id: 'scale-down',
    title: { en: 'Scaling down from 3 to 2 replicas: a graceful termination', fr: 'Passer de 3 à 2 réplicas\u00a0: un arrêt en douceur' },
    appliesTo: ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node'],
  },
  plan,
);
