// kubectl drain worker-2 --ignore-daemonsets (reference §2 S13): cordon (spec.unschedulable,
// then the node lifecycle controller's node.kubernetes.io/unschedulable:NoSchedule taint),
// then the Eviction API for each Pod but the DaemonSet ones. A PodDisruptionBudget
// (minAvailable 3 of the 4 nginx Pods) lets one eviction through and refuses the other with
// 429 until the first replacement is Ready; kubectl retries every 5 s. Each evicted Pod is
// deleted gracefully (S11) and replaced by the ReplicaSet controller on a node that is not
// cordoned (S1 steps 6–11). Follows kubernetes.io: "Safely Drain a Node" (kubectl evicts
// the Pods concurrently and retries on 429), "API-initiated Eviction" (200 OK, or 429 Too
// Many Requests while the budget allows no disruption), "Specifying a Disruption Budget"
// (the disruption controller in kube-controller-manager keeps status.disruptionsAllowed),
// "Taints and Tolerations" (the unschedulable taint; DaemonSet Pods tolerate it), "Pod
// Lifecycle" (termination), "DaemonSet" (kube-proxy, as kubeadm installs it).
import type { Model } from '../../model.js';
import type { LocalizedText } from '../../text.js';
import type { ModelAdditions, ScenarioMisfit } from '../types.js';
import { ApiTalk } from './api-talk.js';
import { computedScenario, NEED, unmet, withAdditions, type Plan } from './computed.js';
import { labelOf, viewFigure, type FigureView } from './figure-view.js';
import { Flow } from './flow.js';
import { ownPods, placeNewPods, runnableWorkers } from './new-pods.js';
import { scheduleAndRun, type Placement } from './pod-startup.js';

const APP = ['nginx-1', 'nginx-2', 'nginx-3', 'nginx-4'];
const MIN_AVAILABLE = 3;

function plan(model: Model): Plan | ScenarioMisfit {
  const view = viewFigure(model);
  const workers = runnableWorkers(view);
  const misfit = unmet([
    { present: view.kubectl !== undefined, what: NEED.kubectl },
    { present: view.primary?.etcd !== undefined, what: NEED.etcd },
    { present: view.primary?.controllerManager !== undefined, what: NEED.controllerManager },
    { present: view.primary?.scheduler !== undefined, what: NEED.scheduler },
    {
      present: workers.length >= 2,
      what: {
        en: `a second worker node to drain, worker-2, and this figure has ${workers.length}`,
        fr: `un deuxième nœud worker à vider, worker-2, et ce schéma en a ${workers.length}`,
      },
    },
  ]);
  if (misfit) return workers.length >= 2 ? misfit : { ...misfit, remedy: { 'k8s-cluster': { en: 'Set workers="2".', fr: 'Indiquez workers="2".' } } };

  const cp = view.primary!;
  const cm = cp.controllerManager!;
  const kubectl = view.kubectl!;
  const [first, drained] = [workers[0]!, workers[1]!];
  const others = workers.filter((w) => w !== drained);
  const node = labelOf(view, drained.node);

  // The Deployment's 4 Pods in place of the figure's own, 2 on the node to drain; its
  // replacements go to the other nodes and appear as the ReplicaSet controller creates them.
  const adds: ModelAdditions = { components: [], edges: [] };
  const taken = new Set<string>();
  const app = placeNewPods(view, [first, drained], APP, adds, taken);
  const victims = app.filter((p) => p.worker === drained);
  const replacements = placeNewPods(view, others, victims.map((_, i) => `nginx-${APP.length + i + 1}`), adds, taken);
  const replaces = ownPods(view, [...new Set([first, drained, ...replacements.map((p) => p.worker)])]);
  const added = { byId: new Map(adds.components.map((c) => [c.id, c])) };
  const name = (p: Placement) => labelOf(added, p.pod);
  const [early, late] = [victims[0]!, victims[1]!];

  const flow = new Flow(withAdditions(model, adds, replaces));
  const api = new ApiTalk(flow, view, cp);

  api.request('cordon', kubectl, `PATCH nodes/${node}`, {
    en: `kubectl drain ${node} --ignore-daemonsets first cordons the node: it patches spec.unschedulable to true.`,
    fr: `kubectl drain ${node} --ignore-daemonsets commence par isoler le nœud (cordon) : il passe spec.unschedulable à true.`,
  });
  api.persist('persist-cordon', `PUT /registry/minions/${node}`, {
    en: 'The API server stores the Node in etcd.',
    fr: 'Le serveur d’API enregistre le Node dans etcd.',
  });
  api.respond('cordoned', kubectl, `node/${node} cordoned`, {
    en: `kubectl prints node/${node} cordoned. The Pods already there keep running.`,
    fr: `kubectl affiche node/${node} cordoned. Les Pods déjà présents continuent de tourner.`,
  });
  api.watch('watch-cordon', cm, `MODIFIED Node ${node}`, {
    en: 'The node lifecycle controller, in kube-controller-manager, sees the node unschedulable…',
    fr: 'Le contrôleur du cycle de vie des nœuds, dans kube-controller-manager, voit le nœud non planifiable…',
  });
  api.request('taint', cm, 'taint unschedulable:NoSchedule', {
    en: `…and taints ${node} node.kubernetes.io/unschedulable:NoSchedule: no new Pod goes there.`,
    fr: `…et pose la taint node.kubernetes.io/unschedulable:NoSchedule sur ${node} : aucun nouveau Pod n’y ira.`,
  });
  api.persist('persist-taint', `PUT /registry/minions/${node}`, { en: 'The taint is stored in etcd.', fr: 'La taint est enregistrée dans etcd.' });
  api.request('list', kubectl, `GET pods (nodeName=${node})`, {
    en: `kubectl lists the Pods bound to ${node} (fieldSelector spec.nodeName=${node}).`,
    fr: `kubectl liste les Pods liés à ${node} (sélecteur de champ spec.nodeName=${node}).`,
  });
  api.respond('listed', kubectl, `PodList: ${name(early)}, ${name(late)}, kube-proxy-…`, {
    en: `Two nginx Pods, and kube-proxy-…, a DaemonSet Pod.`,
    fr: `Deux Pods nginx, et kube-proxy-…, un Pod de DaemonSet.`,
  });
  const leftAlone: LocalizedText = {
    en: '--ignore-daemonsets: DaemonSet Pods (kube-proxy, a CNI agent) stay; they tolerate the unschedulable taint.',
    fr: '--ignore-daemonsets : les Pods de DaemonSet (kube-proxy, un agent CNI) restent ; ils tolèrent la taint unschedulable.',
  };
  flow.beat([
    { id: 'ignore-daemonsets', from: kubectl, to: kubectl, kind: 'internal', message: { en: 'ignoring DaemonSet Pods', fr: 'Pods de DaemonSet ignorés' }, caption: leftAlone },
    ...(drained.kubeProxy === undefined
      ? []
      : [{ id: 'daemonset-stays', from: drained.kubeProxy, to: drained.kubeProxy, kind: 'internal' as const, message: { en: 'DaemonSet Pod: stays', fr: 'Pod de DaemonSet : reste' }, caption: leftAlone }]),
  ]);

  api.request('evict', kubectl, `POST pods/${name(early)}/eviction · ${name(late)}`, {
    en: `For each of the other Pods, at once, kubectl calls the Eviction API: POST pods/<name>/eviction.`,
    fr: `Pour chacun des autres Pods, en même temps, kubectl appelle l’API d’éviction (la sous-ressource eviction du Pod).`,
  });
  flow.step({
    id: 'check-budget',
    from: cp.apiserver,
    to: cp.apiserver,
    kind: 'internal',
    message: { en: 'PDB nginx: 1 disruption allowed', fr: 'PDB nginx : 1 perturbation permise' },
    caption: {
      en: `The API server checks the PodDisruptionBudget of nginx (minAvailable ${MIN_AVAILABLE} of ${APP.length}): one eviction may go, ${name(early)}; not a second.`,
      fr: `Le serveur d’API consulte le PodDisruptionBudget de nginx (minAvailable ${MIN_AVAILABLE} sur ${APP.length}) : une éviction peut passer, ${name(early)} ; pas une deuxième.`,
    },
  });
  api.persist(
    'persist-evict',
    'PUT /registry/pods/…',
    {
      en: `It lowers the budget’s disruptionsAllowed to 0 and deletes ${name(early)} gracefully: its deletionTimestamp is set.`,
      fr: `Il ramène le disruptionsAllowed du budget à 0 et supprime ${name(early)} en douceur : son deletionTimestamp est posé.`,
    },
    { effects: [{ component: early.pod, state: 'terminating' }] },
  );
  api.respond('refused', kubectl, `200 ${name(early)} · 429 ${name(late)}`, {
    en: `${name(early)}: 200 OK. ${name(late)}: 429 Too Many Requests, as evicting it would violate the disruption budget.`,
    fr: `${name(early)} : 200 OK. ${name(late)} : 429 Too Many Requests, car l’évincer enfreindrait le budget de perturbation.`,
  });
  flow.step({
    id: 'wait-retry',
    from: kubectl,
    to: kubectl,
    kind: 'internal',
    message: { en: 'retry in 5 s', fr: 'nouvel essai dans 5 s' },
    caption: {
      en: `kubectl does not give up: it retries the eviction of ${name(late)} every 5 s.`,
      fr: `kubectl n’abandonne pas : il retente l’éviction de ${name(late)} toutes les 5 s.`,
    },
  });
  terminate(flow, api, view, early, replacements[0]!, '');
  scheduleAndRun(flow, api, [replacements[0]!], {
    prefix: 'replace-1-',
    scheduleCaption: {
      en: `The scheduler filters out ${node}, unschedulable, and picks another node.`,
      fr: `Le scheduler écarte ${node}, non planifiable, et choisit un autre nœud.`,
    },
  });
  api.watch('watch-ready', cm, `MODIFIED Pod ${name(replacements[0]!)} Ready`, {
    en: `The disruption controller, in kube-controller-manager, counts ${APP.length} healthy nginx Pods again.`,
    fr: `Le contrôleur des perturbations, dans kube-controller-manager, compte de nouveau ${APP.length} Pods nginx sains.`,
  });
  api.request('budget-status', cm, 'PUT poddisruptionbudgets/nginx/status', {
    en: 'It writes the budget’s status: disruptionsAllowed 1.',
    fr: 'Il écrit l’état du budget : disruptionsAllowed 1.',
  });
  api.persist('persist-budget', 'PUT /registry/poddisruptionbudgets/…', {
    en: 'The API server stores it in etcd.',
    fr: 'Le serveur d’API l’enregistre dans etcd.',
  });
  api.request('retry', kubectl, `POST pods/${name(late)}/eviction`, {
    en: `kubectl’s next retry for ${name(late)} arrives.`,
    fr: `Le nouvel essai de kubectl pour ${name(late)} arrive.`,
  });
  flow.step({
    id: 'check-budget-again',
    from: cp.apiserver,
    to: cp.apiserver,
    kind: 'internal',
    message: { en: 'PDB nginx: 1 disruption allowed', fr: 'PDB nginx : 1 perturbation permise' },
    caption: { en: 'This time the budget allows it.', fr: 'Cette fois, le budget le permet.' },
  });
  api.persist(
    'persist-evict-again',
    'PUT /registry/pods/…',
    { en: `${name(late)} is deleted gracefully in turn.`, fr: `${name(late)} est supprimé en douceur à son tour.` },
    { effects: [{ component: late.pod, state: 'terminating' }] },
  );
  api.respond('evicted', kubectl, '200 OK', {
    en: `kubectl prints pod/${name(late)} evicted, and waits for the Pods to be gone.`,
    fr: `kubectl affiche pod/${name(late)} evicted, et attend que les Pods disparaissent.`,
  });
  terminate(flow, api, view, late, replacements[1]!, 'late-');
  api.request('wait-gone', kubectl, `GET pods/${name(late)}`, {
    en: 'kubectl checks the evicted Pods…',
    fr: 'kubectl vérifie les Pods évincés…',
  });
  api.respond('drained', kubectl, '404 Not Found', {
    en: `…they are gone: kubectl prints node/${node} drained. Only DaemonSet Pods still run there.`,
    fr: `…ils ont disparu : kubectl affiche node/${node} drained. Seuls des Pods de DaemonSet y tournent encore.`,
  });
  scheduleAndRun(flow, api, [replacements[1]!], {
    prefix: 'replace-2-',
    scheduleCaption: {
      en: `The scheduler places the last replacement on a node that is not cordoned.`,
      fr: `Le scheduler place le dernier remplaçant sur un nœud qui n’est pas isolé.`,
    },
  });
  return { adds, replaces, steps: flow.steps };
}

/**
 * An evicted Pod is deleted gracefully (S11): its kubelet stops it while the ReplicaSet
 * controller creates a replacement (Pending) and the EndpointSlice controller drops its
 * endpoint; the kubelet finally deletes it with grace 0.
 */
function terminate(flow: Flow, api: ApiTalk, view: FigureView, victim: Placement, replacement: Placement, prefix: string): void {
  const cm = api.cp.controllerManager!;
  const kubelet = victim.worker.kubelet;
  const runtime = victim.worker.runtime[0]!;
  const byId = new Map(flow.model.components.map((c) => [c.id, c]));
  const name = (p: Placement) => labelOf({ byId }, p.pod);
  api.watch(
    `${prefix}watch-terminating`,
    [
      { to: kubelet, key: 'kubelet' },
      { to: cm, key: 'controllers' },
    ],
    `MODIFIED Pod ${name(victim)}`,
    {
      en: `${labelOf(view, victim.worker.node)}’s kubelet sees ${name(victim)} terminating, as do the ReplicaSet and EndpointSlice controllers (its endpoint: terminating).`,
      fr: `Le kubelet de ${labelOf(view, victim.worker.node)} voit ${name(victim)} en cours d’arrêt, tout comme les contrôleurs ReplicaSet et EndpointSlice.`,
    },
  );
  flow.beat([
    {
      id: `${prefix}pre-stop`,
      from: kubelet,
      to: kubelet,
      kind: 'internal',
      message: 'preStop hook',
      caption: {
        en: 'The kubelet runs the preStop hook, if any, while the ReplicaSet controller, one Pod short, creates a replacement.',
        fr: 'Le kubelet exécute le hook preStop, s’il y en a un, tandis que le contrôleur ReplicaSet, à qui il manque un Pod, crée un remplaçant.',
      },
    },
    {
      id: `${prefix}create-replacement`,
      from: cm,
      to: api.apiserver,
      kind: 'request',
      message: 'POST …/pods',
      caption: { en: 'The ReplicaSet controller creates a replacement Pod.', fr: 'Le contrôleur ReplicaSet crée un Pod de remplacement.' },
    },
  ]);
  api.persist(
    `${prefix}persist-replacement`,
    'PUT /registry/pods/default/…',
    { en: `${name(replacement)} is stored in etcd, Pending.`, fr: `${name(replacement)} est enregistré dans etcd, Pending.` },
    { effects: [{ component: replacement.pod, state: 'pending' }] },
  );
  flow.step({
    id: `${prefix}stop-container`,
    from: kubelet,
    to: runtime,
    kind: 'request',
    message: 'StopContainer (grace 30 s)',
    caption: {
      en: 'CRI StopContainer with the grace period left (30 s by default): SIGTERM, then SIGKILL if it still runs.',
      fr: 'StopContainer (CRI) avec le reste du délai de grâce (30 s par défaut) : SIGTERM, puis SIGKILL s’il tourne encore.',
    },
  });
  flow.step({
    id: `${prefix}stop-sandbox`,
    from: kubelet,
    to: runtime,
    kind: 'request',
    message: 'StopPodSandbox',
    caption: {
      en: 'StopPodSandbox stops the pause container and releases the Pod’s network.',
      fr: 'StopPodSandbox arrête le conteneur pause et libère le réseau du Pod.',
    },
    effects: [{ component: victim.pod, state: 'down' }],
  });
  api.request(`${prefix}final-delete`, kubelet, `DELETE pods/${name(victim)} (grace 0)`, {
    en: 'The kubelet deletes the Pod with a grace period of 0.',
    fr: 'Le kubelet supprime le Pod avec un délai de grâce de 0.',
  });
  api.persist(`${prefix}persist-final-delete`, 'DELETE /registry/pods/…', {
    en: 'The API server removes it from etcd: watchers get DELETED.',
    fr: 'Le serveur d’API le retire d’etcd : les observateurs reçoivent DELETED.',
  });
}

export const drain = computedScenario(
  {
    id: 'drain',
    title: { en: 'kubectl drain: cordon, evict, replace', fr: 'kubectl drain : isoler, évincer, remplacer' },
    appliesTo: ['k8s-cluster'],
  },
  plan,
);
