// Self-healing (reference §2 S2): a crashed container restarted in place by its kubelet
// (CrashLoopBackOff, no control-plane step), then a lost Pod replaced by the ReplicaSet
// controller, the scheduler and a kubelet. Follows kubernetes.io: "Pod Lifecycle"
// (container restart policy, back-off; "Termination of Pods": a graceful delete sets
// deletionTimestamp, so watchers see MODIFIED, and DELETED only once the kubelet removed
// the object; the kubelet runs the preStop hook, then CRI StopContainer with the grace
// period, SIGTERM then SIGKILL, then StopPodSandbox, and deletes the Pod with grace 0),
// "Container Lifecycle Hooks", "ReplicaSet" (terminating Pods do not count as active); the
// kubelet's PLEG learns of an exit by relisting the containers over CRI ("Container Runtime
// Interface"); TaskExit is containerd's event (containerd core/runtime/v2/README.md).
// On a figure without kubectl, controllers or etcd (the worker-node figure) it plays the
// container-restart half alone: that half needs only the node and its API server.
import type { Model } from '../../model.js';
import type { LocalizedText } from '../../text.js';
import type { ModelAdditions, ScenarioMisfit } from '../types.js';
import { ApiTalk } from './api-talk.js';
import { computedScenario, NEED, unmet, withAdditions, type Plan } from './computed.js';
import { freshId, labelOf, viewFigure, type FigureView, type WorkerView } from './figure-view.js';
import { Flow } from './flow.js';
import { runnableWorkers } from './new-pods.js';
import { stopSandboxAndDelete } from './graceful-stop.js';
import { scheduleAndRun, startContainers, type Placement } from './pod-startup.js';

function plan(model: Model): Plan | ScenarioMisfit {
  const view = viewFigure(model);
  const workers = runnableWorkers(view);
  const crashWorker = workers.find((w) => w.pods.length > 0);
  const misfit = unmet([
    { present: view.primary !== undefined, what: NEED.apiserver },
    { present: crashWorker !== undefined, what: { en: 'a worker node running a Pod', fr: 'un nœud worker qui fait tourner un Pod' } },
  ]);
  if (misfit) return misfit;
  const worker = crashWorker!;
  const cp = view.primary!;
  const crashed = worker.pods[0]!;
  const canReplace = view.kubectl !== undefined && cp.etcd !== undefined && cp.scheduler !== undefined && cp.controllerManager !== undefined;

  const adds: ModelAdditions = { components: [], edges: [] };
  // The lost Pod: another one if there is one, so both stories stay apart on the figure.
  const lostWorker = worker.pods.length > 1 ? worker : (workers.find((w) => w !== worker && w.pods.length > 0) ?? worker);
  const lost = lostWorker === worker ? (worker.pods[1] ?? crashed) : lostWorker.pods[0]!;
  const target = workers.find((w) => w !== lostWorker) ?? lostWorker;
  const replacementLabel = `pod-${target.pods.length + 1}`;
  const replacement = freshId(view, `${target.node}.${replacementLabel}`, new Set());
  if (canReplace) {
    adds.components.push({ id: replacement, kind: 'pod', label: replacementLabel, parent: target.node });
    adds.edges.push({ from: target.podParent!, to: replacement });
  }

  const flow = new Flow(withAdditions(model, adds));
  const api = new ApiTalk(flow, view, cp);
  restartInPlace(flow, api, view, worker, crashed);
  if (canReplace) replaceLostPod(flow, api, view, { worker: lostWorker, pod: lost }, { worker: target, pod: replacement });
  return { adds, steps: flow.steps };
}

/** The container crashes; the shim sees it, the kubelet learns it and restarts it in the same Pod. */
function restartInPlace(flow: Flow, api: ApiTalk, view: FigureView, worker: WorkerView, pod: string): void {
  const name = labelOf(view, pod);
  flow.step({
    id: 'crash',
    from: pod,
    to: pod,
    kind: 'event',
    message: 'exit 1',
    caption: { en: `The container in ${name} crashes: its process exits with an error.`, fr: `Le conteneur de ${name} plante : son processus se termine en erreur.` },
    effects: [{ component: pod, state: 'down' }],
  });
  // The exit climbs the runtime chain from the shim (the container's parent once the OCI
  // runtime has exited) to the CRI server; the kubelet's PLEG then finds it by relisting.
  const chain = worker.runtime;
  const upward = chain.slice(0, chain.indexOf(worker.podParent!) + 1).reverse();
  for (let i = 0; i + 1 < upward.length; i++) {
    const from = upward[i]!;
    const to = upward[i + 1]!;
    const first = i === 0;
    // TaskExit is containerd's event; CRI-O learns the exit from the file conmon writes.
    const message = view.byId.get(to)?.kind === 'cri-o' ? 'exit code' : first || view.byId.get(from)?.kind === 'containerd' ? 'TaskExit' : 'exited';
    const caption: LocalizedText = first
      ? { en: 'The shim, which stays the container’s parent, sees it exit and reports the exit code.', fr: 'Le shim, resté parent du conteneur, le voit se terminer et transmet le code de sortie.' }
      : { en: 'The runtime passes the exit on.', fr: 'Le runtime transmet la sortie.' };
    flow.step({ id: `exit-${i + 1}`, from, to, kind: 'event', message, caption });
  }
  const server = chain[0]!;
  flow.step({
    id: 'relist',
    from: worker.kubelet,
    to: server,
    kind: 'request',
    message: 'PLEG relist: ListContainers',
    caption: {
      en: 'Every second, the kubelet’s Pod lifecycle event generator (PLEG) relists the containers through the CRI…',
      fr: 'Chaque seconde, le générateur d’événements du kubelet (PLEG) redemande la liste des conteneurs par le CRI…',
    },
  });
  flow.step({
    id: 'relisted',
    from: server,
    to: worker.kubelet,
    kind: 'response',
    message: 'CONTAINER_EXITED',
    caption: { en: '…and finds this one exited.', fr: '…et trouve celui-ci terminé.' },
  });
  flow.step({
    id: 'back-off',
    from: worker.kubelet,
    to: worker.kubelet,
    kind: 'internal',
    message: 'CrashLoopBackOff',
    caption: {
      en: 'restartPolicy Always: the kubelet restarts it in place, waiting 10 s, 20 s, 40 s… (up to 5 min) as crashes repeat.',
      fr: 'restartPolicy Always : le kubelet le relance sur place, après 10 s, 20 s, 40 s… (jusqu’à 5 min) si les plantages se répètent.',
    },
  });
  startContainers(flow, [worker], [{ worker, pod }], 'restart-');
  api.request('report-restart', worker.kubelet, 'PATCH pods/…/status', {
    en: 'The kubelet reports the new restartCount. No control-plane component took part in the restart.',
    fr: 'Le kubelet remonte le nouveau restartCount. Aucun composant du plan de contrôle n’a pris part au redémarrage.',
  });
  api.persist('persist-restart', 'PUT /registry/pods/…', {
    en: 'The API server stores the status in etcd.',
    fr: 'Le serveur d’API enregistre l’état dans etcd.',
  });
}

/** A Pod is deleted: its kubelet stops it while the ReplicaSet controller creates a replacement, which is scheduled and run. */
function replaceLostPod(flow: Flow, api: ApiTalk, view: FigureView, lost: Placement, replacement: Placement): void {
  const cp = api.cp;
  const cm = cp.controllerManager!;
  const name = labelOf(view, lost.pod);
  api.request('delete', view.kubectl!, `DELETE …/pods/${name}`, {
    en: `Now a Pod is lost: someone runs kubectl delete pod ${name} (a failed node has the same effect: see node-failure).`,
    fr: `Cette fois un Pod disparaît : quelqu’un lance kubectl delete pod ${name} (une panne de nœud a le même effet : voir node-failure).`,
  });
  api.persist(
    'persist-delete',
    'PUT /registry/pods/…',
    {
      en: 'The API server sets the Pod’s deletionTimestamp in etcd: it is Terminating, not gone yet.',
      fr: 'Le serveur d’API pose le deletionTimestamp du Pod dans etcd : il est en cours d’arrêt, pas encore supprimé.',
    },
    { effects: [{ component: lost.pod, state: 'terminating' }] },
  );
  // A graceful delete is an update: watchers get MODIFIED; DELETED comes once the object is gone.
  api.watch(
    'watch-delete',
    [
      { to: lost.worker.kubelet, key: 'kubelet' },
      { to: cm, key: 'replicaset' },
    ],
    'MODIFIED Pod (deletionTimestamp)',
    {
      en: 'Two watchers get MODIFIED: the Pod’s kubelet, and the ReplicaSet controller, for which a terminating Pod no longer counts.',
      fr: 'Deux observateurs reçoivent MODIFIED : le kubelet du Pod, et le contrôleur ReplicaSet, pour qui un Pod en cours d’arrêt ne compte plus.',
    },
  );
  const kubelet = lost.worker.kubelet;
  const runtime = lost.worker.runtime[0]!;
  flow.beat([
    {
      id: 'pre-stop',
      from: kubelet,
      to: kubelet,
      kind: 'internal',
      message: 'preStop hook',
      caption: {
        en: 'The kubelet runs the Pod’s preStop hook, if it has one; meanwhile the ReplicaSet controller creates a replacement.',
        fr: 'Le kubelet exécute le hook preStop du Pod, s’il en a un ; pendant ce temps, le contrôleur ReplicaSet crée un remplaçant.',
      },
    },
    {
      id: 'create-replacement',
      from: cm,
      to: cp.apiserver,
      kind: 'request',
      message: 'POST …/pods',
      caption: { en: 'Meanwhile the ReplicaSet controller creates a replacement Pod.', fr: 'Pendant ce temps, le contrôleur ReplicaSet crée un Pod de remplacement.' },
    },
  ]);
  api.persist(
    'persist-replacement',
    'PUT /registry/pods/default/…',
    { en: 'The replacement is stored in etcd, Pending.', fr: 'Le remplaçant est enregistré dans etcd, Pending.' },
    { effects: [{ component: replacement.pod, state: 'pending' }] },
  );
  flow.step({
    id: 'stop-containers',
    from: kubelet,
    to: runtime,
    kind: 'request',
    message: 'StopContainer (grace 30 s)',
    caption: {
      en: 'Then CRI StopContainer with the grace period left (30 s by default): SIGTERM, then SIGKILL if it still runs.',
      fr: 'Puis StopContainer (CRI) avec le reste du délai de grâce (30 s par défaut) : SIGTERM, puis SIGKILL s’il tourne encore.',
    },
  });
  stopSandboxAndDelete(flow, api, lost, name);
  scheduleAndRun(flow, api, [replacement], { prefix: 'replacement-' });
}

export const selfHealing = computedScenario(
  {
    id: 'self-healing',
    title: { en: 'Self-healing: a container crashes, a Pod is lost', fr: 'Auto-réparation : un conteneur plante, un Pod disparaît' },
    appliesTo: ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node'],
  },
  plan,
);
