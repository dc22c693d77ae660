// A worker node fails (reference §2 S4): its kubelet's Lease renewals stop, the node
// lifecycle controller marks it Ready=Unknown after the grace period and taints it, its
// Pods are evicted after their 300 s toleration, and replacements run on a healthy node.
// While they wait, the controller sets their Ready condition to False, so the EndpointSlice
// controller marks their endpoints not ready and kube-proxy stops sending them traffic.
// Follows kubernetes.io: "Nodes" (heartbeats, node controller), "Leases", "EndpointSlices"
// (conditions), "Taints and Tolerations" (taint-based evictions: NoExecute evicts),
// "ReplicaSet" (an evicted Pod only gets a deletionTimestamp: watchers see MODIFIED, and a
// terminating Pod does not count as active).
import type { Model } from '../../model.js';
import type { ModelAdditions, ScenarioMisfit } from '../types.js';
import { ApiTalk } from './api-talk.js';
import { computedScenario, NEED, unmet, withAdditions, type Plan } from './computed.js';
import { freshId, labelOf, viewFigure } from './figure-view.js';
import { Flow } from './flow.js';
import { ownPods, placeNewPods, runnableWorkers } from './new-pods.js';
import { scheduleAndRun, type Placement } from './pod-startup.js';

function plan(model: Model): Plan | ScenarioMisfit {
  const view = viewFigure(model);
  const workers = runnableWorkers(view);
  const misfit = unmet([
    { present: view.primary?.etcd !== undefined, what: NEED.etcd },
    { present: view.primary?.controllerManager !== undefined, what: NEED.controllerManager },
    { present: view.primary?.scheduler !== undefined, what: NEED.scheduler },
    { present: workers.length >= 2, what: NEED.twoWorkers },
  ]);
  if (misfit) return misfit;
  const cp = view.primary!;
  const cm = cp.controllerManager!;
  // The last worker fails; the others stay healthy.
  const failed = workers[workers.length - 1]!;
  const healthy = workers.slice(0, -1);
  const node = labelOf(view, failed.node);

  const adds: ModelAdditions = { components: [], edges: [] };
  const taken = new Set<string>();
  // A failed node with no Pod drawn would have nothing to evict: give it one.
  const victims = [...failed.pods];
  if (victims.length === 0) {
    const pod = freshId(view, `${failed.node}.pod-1`, taken);
    adds.components.push({ id: pod, kind: 'pod', label: 'pod-1', parent: failed.node });
    adds.edges.push({ from: failed.podParent!, to: pod });
    victims.push(pod);
  }
  // The replacements, new Pods with new names, take the place of the healthy nodes' own
  // Pods (the figure keeps its width) and appear as the ReplicaSet controller creates them.
  const replaces = ownPods(view, healthy);
  const labels = victims.map((_, i) => `pod-${victims.length + i + 1}`);
  const replacements: Placement[] = placeNewPods(view, healthy, labels, adds, taken);

  const flow = new Flow(withAdditions(model, adds, replaces));
  const api = new ApiTalk(flow, view, cp);
  api.request(
    'heartbeat',
    workers.map((w) => ({ from: w.kubelet, key: w.node })),
    'Lease renew',
    {
      en: 'Every 10 s each kubelet renews its node’s Lease in kube-node-lease: that is its heartbeat.',
      fr: 'Toutes les 10 s, chaque kubelet renouvelle le Lease de son nœud dans kube-node-lease : c’est son battement de cœur.',
    },
  );
  api.persist('persist-heartbeat', 'PUT /registry/leases/kube-node-lease/…', {
    en: 'The renewals are stored in etcd like any other write.',
    fr: 'Les renouvellements sont enregistrés dans etcd comme toute écriture.',
  });
  flow.step({
    id: 'node-fails',
    from: failed.node,
    to: failed.node,
    kind: 'event',
    message: { en: 'power or network lost', fr: 'courant ou réseau perdu' },
    caption: { en: `${node} stops answering: it lost its power or its network.`, fr: `${node} ne répond plus : il a perdu son alimentation ou son réseau.` },
    effects: [{ component: failed.node, state: 'down' }],
  });
  api.request(
    'heartbeat-again',
    healthy.map((w) => ({ from: w.kubelet, key: w.node })),
    'Lease renew',
    {
      en: `The other kubelets keep renewing their Leases; nobody renews ${node}’s any more.`,
      fr: `Les autres kubelets renouvellent toujours leur Lease ; plus personne ne renouvelle celui de ${node}.`,
    },
  );
  api.watch('watch-leases', cm, { en: `Lease ${node}: stale`, fr: `Lease ${node} : périmé` }, {
    en: `The node lifecycle controller in kube-controller-manager watches the Leases: ${node}’s is getting old.`,
    fr: `Le contrôleur du cycle de vie des nœuds, dans kube-controller-manager, surveille les Leases : celui de ${node} vieillit.`,
  });
  flow.step({
    id: 'grace-period',
    from: cm,
    to: cm,
    kind: 'internal',
    message: { en: 'wait 50 s', fr: 'attente 50 s' },
    caption: {
      en: 'It waits node-monitor-grace-period: 50 s by default since Kubernetes 1.32 (40 s before).',
      fr: 'Il attend node-monitor-grace-period : 50 s par défaut depuis Kubernetes 1.32 (40 s avant).',
    },
  });
  api.request('mark-unknown', cm, `PATCH nodes/${node}/status`, {
    en: `No news: it sets the Ready condition of ${node} to Unknown.`,
    fr: `Sans nouvelles, il passe la condition Ready de ${node} à Unknown.`,
  });
  api.persist(
    'persist-unknown',
    `PUT /registry/minions/${node}`,
    {
      en: 'The API server stores the condition; the Pods on that node are now of unknown state.',
      fr: 'Le serveur d’API enregistre la condition ; l’état des Pods de ce nœud est désormais inconnu.',
    },
    { effects: victims.map((pod) => ({ component: pod, state: 'unknown' as const })) },
  );
  // Ready=False on the Pods: their endpoints stop being ready long before any eviction.
  api.request('pods-not-ready', cm, `PUT pods/…/status ×${victims.length}`, {
    en: `It also sets the Ready condition of the Pods on ${node} to False.`,
    fr: `Il passe aussi à False la condition Ready des Pods de ${node}.`,
  });
  api.persist('persist-not-ready', 'PUT /registry/pods/…', {
    en: 'The API server stores the Pods’ new status in etcd.',
    fr: 'Le serveur d’API enregistre le nouvel état des Pods dans etcd.',
  });
  api.watch('watch-not-ready', cm, 'MODIFIED Pod Ready=False', {
    en: 'The EndpointSlice controller, also in kube-controller-manager, sees those Pods not ready.',
    fr: 'Le contrôleur EndpointSlice, lui aussi dans kube-controller-manager, voit ces Pods non prêts.',
  });
  api.request('endpoints-not-ready', cm, 'PUT …/endpointslices/…', {
    en: 'It marks their endpoints ready: false in the Service’s EndpointSlices.',
    fr: 'Il marque leurs points de terminaison comme non prêts (ready à false) dans les EndpointSlices du Service.',
  });
  api.persist('persist-endpoints', 'PUT /registry/endpointslices/…', {
    en: 'The API server stores the EndpointSlices in etcd.',
    fr: 'Le serveur d’API enregistre les EndpointSlices dans etcd.',
  });
  api.watch(
    'watch-endpoints',
    healthy.filter((w) => w.kubeProxy !== undefined).map((w) => ({ to: w.kubeProxy!, key: w.node })),
    'MODIFIED EndpointSlice',
    {
      en: 'kube-proxy on the healthy nodes drops those endpoints from its rules: Service traffic stops minutes before any eviction.',
      fr: 'kube-proxy, sur les nœuds sains, retire ces points de terminaison de ses règles : le trafic des Services s’arrête bien avant toute éviction.',
    },
  );
  api.request('taint', cm, 'taint unreachable:NoExecute', {
    en: `It taints ${node} node.kubernetes.io/unreachable:NoExecute: the Pods that do not tolerate it are evicted.`,
    fr: `Il pose la taint node.kubernetes.io/unreachable:NoExecute sur ${node} : les Pods qui ne la tolèrent pas sont évincés.`,
  });
  api.persist('persist-taint', `PUT /registry/minions/${node}`, {
    en: 'The taint is stored in etcd.',
    fr: 'La taint est enregistrée dans etcd.',
  });
  flow.step({
    id: 'toleration',
    from: cm,
    to: cm,
    kind: 'internal',
    message: { en: 'wait 300 s', fr: 'attente 300 s' },
    caption: {
      en: 'By default Pods tolerate that taint for 300 s. Then they are evicted, at a limited rate (0.1 node per second).',
      fr: 'Les Pods tolèrent cette taint 300 s par défaut. Ensuite ils sont évincés, à un rythme limité (0,1 nœud par seconde).',
    },
  });
  api.request('evict', cm, `DELETE pods ×${victims.length}`, {
    en: `The controller deletes the Pods of ${node}.`,
    fr: `Le contrôleur supprime les Pods de ${node}.`,
  });
  api.persist(
    'persist-evict',
    'PUT /registry/pods/…',
    {
      en: 'Their deletionTimestamp is set: Terminating until the node answers again, as nobody is there to stop them.',
      fr: 'Leur deletionTimestamp est posé : en cours d’arrêt jusqu’au retour du nœud, personne n’étant là pour les arrêter.',
    },
    { effects: victims.map((pod) => ({ component: pod, state: 'terminating' as const })) },
  );
  // A graceful delete only sets deletionTimestamp: watchers get MODIFIED, not DELETED.
  api.watch('watch-replicaset', cm, `MODIFIED Pod ×${victims.length}`, {
    en: 'The ReplicaSet controller sees them terminating: terminating Pods do not count as active, so it is short of Pods.',
    fr: 'Le contrôleur ReplicaSet les voit en cours d’arrêt : ces Pods ne comptent plus comme actifs, il lui en manque.',
  });
  api.request('create-replacements', cm, `POST …/pods ×${replacements.length}`, {
    en: 'It creates replacement Pods, with no node yet.',
    fr: 'Il crée des Pods de remplacement, encore sans nœud.',
  });
  api.persist(
    'persist-replacements',
    'PUT /registry/pods/default/…',
    { en: 'The replacements are stored in etcd, Pending.', fr: 'Les remplaçants sont enregistrés dans etcd, Pending.' },
    { effects: replacements.map((p) => ({ component: p.pod, state: 'pending' as const })) },
  );
  scheduleAndRun(flow, api, replacements, {
    scheduleCaption: {
      en: `The scheduler filters out ${node}, tainted and not ready, and picks a healthy node for each Pod.`,
      fr: `Le scheduler écarte ${node}, marqué d’une taint et pas prêt, et choisit un nœud sain pour chaque Pod.`,
    },
  });
  return { adds, replaces, steps: flow.steps };
}

export const nodeFailure = computedScenario(
  {
    id: 'node-failure',
    title: { en: 'A worker node fails', fr: 'Un nœud worker tombe en panne' },
    appliesTo: ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node'],
  },
  plan,
);
