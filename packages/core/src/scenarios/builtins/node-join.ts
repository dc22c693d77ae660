// A node joins (reference §2 S17, kubelet TLS bootstrap): a new worker, drawn only while the
// scenario plays, boots with a bootstrap token; its kubelet creates a CertificateSigningRequest
// through the API server; kube-controller-manager's csrapproving controller approves it and
// its csrsigning controller signs it; the kubelet, now system:node:<name>, registers its
// Node, renews its Lease (S4) and reports Ready once its runtime and network are; the node
// lifecycle controller removes the not-ready taint, and the scheduler may place Pods there.
// Follows kubernetes.io: "TLS bootstrapping" (system:bootstrappers, node client CSRs
// approved by csrapproving, signed by csrsigning), "Certificates and Certificate Signing
// Requests", "Nodes" (self-registration, heartbeats), "Leases", "Taints and Tolerations"
// (node.kubernetes.io/not-ready, set by the node lifecycle controller from the Ready
// condition), "Container Runtime Interface" (the Status call: RuntimeReady, NetworkReady).
import type { Model, ModelComponent } from '../../model.js';
import type { ModelAdditions, ScenarioEffect, ScenarioMisfit } from '../types.js';
import { ApiTalk } from './api-talk.js';
import { computedScenario, NEED, unmet, withAdditions, type Plan } from './computed.js';
import { freshId, viewFigure, type FigureView, type WorkerView } from './figure-view.js';
import { Flow } from './flow.js';
import { runnableWorkers } from './new-pods.js';

function plan(model: Model): Plan | ScenarioMisfit {
  const view = viewFigure(model);
  const template = runnableWorkers(view)[0];
  const misfit = unmet([
    { present: view.primary?.etcd !== undefined, what: NEED.etcd },
    { present: view.primary?.controllerManager !== undefined, what: NEED.controllerManager },
    { present: view.primary?.scheduler !== undefined, what: NEED.scheduler },
    { present: template !== undefined, what: NEED.worker },
  ]);
  if (misfit) return misfit;
  const cp = view.primary!;
  const cm = cp.controllerManager!;
  const { adds, joining } = newWorker(view, template!);
  const node = joining.node;
  const runtime = joining.runtime[0]!;
  const pending: ScenarioEffect[] = adds.components.map((c) => ({ component: c.id, state: 'pending' }));

  const flow = new Flow(withAdditions(model, adds));
  const api = new ApiTalk(flow, view, cp);
  flow.step({
    id: 'boot',
    from: node,
    to: node,
    kind: 'event',
    message: { en: 'kubeadm join', fr: 'kubeadm join' },
    caption: {
      en: `A new machine, ${node}, boots: its runtime and kubelet start. The kubelet holds only a bootstrap token.`,
      fr: `Une nouvelle machine, ${node}, démarre avec son runtime et son kubelet. Le kubelet n’a qu’un jeton d’amorçage.`,
    },
    effects: pending,
  });
  api.request('csr', joining.kubelet, 'POST certificatesigningrequests', {
    en: 'Authenticated by the token (group system:bootstrappers), it creates a CertificateSigningRequest for a client certificate.',
    fr: 'Authentifié par le jeton (groupe system:bootstrappers), il crée une CertificateSigningRequest pour un certificat client.',
  });
  api.persist('persist-csr', 'PUT /registry/certificatesigningrequests/…', {
    en: 'The API server stores the CSR in etcd, with no certificate yet.',
    fr: 'Le serveur d’API enregistre la CSR dans etcd, encore sans certificat.',
  });
  api.watch('watch-csr', cm, 'ADDED CertificateSigningRequest', {
    en: 'The csrapproving controller, in kube-controller-manager, sees a node client CSR made with a bootstrap token.',
    fr: 'Le contrôleur csrapproving, dans kube-controller-manager, voit une CSR de certificat client de nœud, faite avec un jeton d’amorçage.',
  });
  api.request('approve', cm, 'PUT …/approval (Approved)', {
    en: 'It approves it: the condition Approved goes on the CSR.',
    fr: 'Il l’approuve : la condition Approved est posée sur la CSR.',
  });
  api.persist('persist-approval', 'PUT /registry/certificatesigningrequests/…', {
    en: 'The approval is stored in etcd.',
    fr: 'L’approbation est enregistrée dans etcd.',
  });
  api.watch('watch-approved', cm, 'MODIFIED CSR: Approved', {
    en: 'The csrsigning controller, also in kube-controller-manager, sees the CSR approved…',
    fr: 'Le contrôleur csrsigning, lui aussi dans kube-controller-manager, voit la CSR approuvée…',
  });
  api.request('sign', cm, 'PUT …/status (certificate)', {
    en: '…signs it with the cluster’s CA and writes the certificate into the CSR’s status.',
    fr: '…la signe avec l’autorité de certification du cluster et écrit le certificat dans l’état de la CSR.',
  });
  api.persist('persist-certificate', 'PUT /registry/certificatesigningrequests/…', {
    en: 'The signed certificate is stored in etcd.',
    fr: 'Le certificat signé est enregistré dans etcd.',
  });
  api.watch('watch-certificate', joining.kubelet, { en: 'CSR: certificate issued', fr: 'CSR : certificat émis' }, {
    en: `The kubelet, watching its CSR, picks up the certificate: from now on it is system:node:${node}.`,
    fr: `Le kubelet, qui surveille sa CSR, récupère le certificat : il est désormais system:node:${node}.`,
  });
  api.request('register', joining.kubelet, `POST nodes (${node})`, {
    en: `With that identity it registers its Node object, ${node}.`,
    fr: `Avec cette identité, il enregistre son objet Node, ${node}.`,
  });
  api.persist('persist-node', `PUT /registry/minions/${node}`, {
    en: 'The API server stores the Node in etcd. It is not Ready yet.',
    fr: 'Le serveur d’API enregistre le Node dans etcd. Il n’est pas encore Ready.',
  });
  api.watch('watch-node', cm, `ADDED Node ${node}`, {
    en: 'The node lifecycle controller sees the new Node, whose Ready condition is not True…',
    fr: 'Le contrôleur du cycle de vie des nœuds voit le nouveau Node, dont la condition Ready n’est pas True…',
  });
  api.request('taint', cm, 'taint not-ready:NoSchedule', {
    en: `…and taints ${node} node.kubernetes.io/not-ready:NoSchedule: no Pod is placed there yet.`,
    fr: `…et pose la taint node.kubernetes.io/not-ready:NoSchedule sur ${node} : aucun Pod n’y est encore placé.`,
  });
  api.persist('persist-taint', `PUT /registry/minions/${node}`, { en: 'The taint is stored in etcd.', fr: 'La taint est enregistrée dans etcd.' });
  api.request('lease', joining.kubelet, 'Lease renew', {
    en: 'The kubelet creates its Lease in kube-node-lease and renews it every 10 s: its heartbeat (see node-failure).',
    fr: 'Le kubelet crée son Lease dans kube-node-lease et le renouvelle toutes les 10 s : son battement de cœur (voir node-failure).',
  });
  api.persist('persist-lease', 'PUT /registry/leases/kube-node-lease/…', {
    en: 'The renewals are stored in etcd.',
    fr: 'Les renouvellements sont enregistrés dans etcd.',
  });
  flow.step({
    id: 'runtime-status',
    from: joining.kubelet,
    to: runtime,
    kind: 'request',
    message: 'Status',
    caption: {
      en: 'Over CRI the kubelet asks its runtime for its status: is it ready, and is the network (the CNI plugin) ready?',
      fr: 'Par le CRI, le kubelet demande son état au runtime : est-il prêt, et le réseau (le plugin CNI) l’est-il ?',
    },
  });
  flow.step({
    id: 'runtime-ready',
    from: runtime,
    to: joining.kubelet,
    kind: 'response',
    message: 'RuntimeReady · NetworkReady',
    caption: { en: 'Both are ready.', fr: 'Les deux sont prêts.' },
    effects: [joining.kubelet, ...joining.runtime].map((component) => ({ component, state: 'running' as const })),
  });
  api.request('ready', joining.kubelet, `PATCH nodes/${node}/status`, {
    en: `It reports the Node’s Ready condition True, with its capacity and the images it holds.`,
    fr: `Il passe la condition Ready du Node à True, avec sa capacité et les images qu’il détient.`,
  });
  api.persist('persist-ready', `PUT /registry/minions/${node}`, {
    en: 'The API server stores the status in etcd.',
    fr: 'Le serveur d’API enregistre l’état dans etcd.',
  });
  api.watch('watch-ready', cm, `MODIFIED Node ${node}: Ready`, {
    en: `The node lifecycle controller sees ${node} Ready…`,
    fr: `Le contrôleur du cycle de vie des nœuds voit ${node} Ready…`,
  });
  api.request('untaint', cm, 'remove taint not-ready', {
    en: '…and removes the not-ready taint.',
    fr: '…et retire la taint not-ready.',
  });
  api.persist(
    'persist-untaint',
    `PUT /registry/minions/${node}`,
    { en: `The API server stores it: ${node} has joined the cluster.`, fr: `Le serveur d’API l’enregistre : ${node} a rejoint le cluster.` },
    { effects: [{ component: node, state: 'running' }] },
  );
  api.watch('watch-schedulable', cp.scheduler!, `MODIFIED Node ${node}`, {
    en: `The scheduler watches the Nodes: ${node} is Ready, without taints.`,
    fr: `Le scheduler surveille les Nodes : ${node} est Ready, sans taint.`,
  });
  flow.step({
    id: 'schedulable',
    from: cp.scheduler!,
    to: cp.scheduler!,
    kind: 'internal',
    message: { en: `${node} passes the filters`, fr: `${node} passe les filtres` },
    caption: {
      en: `From now on ${node} passes its filters: the scheduler may place Pods there.`,
      fr: `Désormais ${node} passe ses filtres : le scheduler peut y placer des Pods.`,
    },
  });
  return { adds, steps: flow.steps };
}

/**
 * The joining worker, built like the figure's first one (its kubelet and runtime chain,
 * linked as that worker's are) but with no Pod and no kube-proxy: those come later, through
 * the scheduler and the kube-proxy DaemonSet.
 */
function newWorker(view: FigureView, template: WorkerView): { adds: ModelAdditions; joining: WorkerView } {
  const { model } = view;
  const nodes = model.components.filter((c) => c.kind === 'node').length;
  const node = freshId(view, `worker-${nodes + 1}`, new Set());
  const copied = model.components.filter((c) => c.parent === template.node && c.kind !== 'pod' && c.kind !== 'kube-proxy');
  const ids = new Map<string, string>([[template.node, node]]);
  for (const c of copied) ids.set(c.id, c.id.startsWith(`${template.node}.`) ? `${node}${c.id.slice(template.node.length)}` : `${node}.${c.kind}`);
  const source = view.byId.get(template.node)!;
  const components: ModelComponent[] = [
    { id: node, kind: 'node', label: node, ...(source.parent === undefined ? {} : { parent: source.parent }) },
    ...copied.map(({ state: _state, ...c }) => ({ ...c, id: ids.get(c.id)!, parent: node })),
  ];
  const left = new Set(model.components.filter((c) => c.parent === template.node && !ids.has(c.id)).map((c) => c.id));
  const edges = model.edges
    .filter((e) => !left.has(e.from) && !left.has(e.to) && ((ids.has(e.from) && e.from !== template.node) || (ids.has(e.to) && e.to !== template.node)))
    .map((e) => ({ ...e, from: ids.get(e.from) ?? e.from, to: ids.get(e.to) ?? e.to }));
  const at = (id: string) => ids.get(id)!;
  return {
    adds: { components, edges },
    joining: { node, kubelet: at(template.kubelet), runtime: template.runtime.map(at), pods: [] },
  };
}

export const nodeJoin = computedScenario(
  {
    id: 'node-join',
    title: { en: 'A node joins the cluster (kubelet TLS bootstrap)', fr: 'Un nœud rejoint le cluster (amorçage TLS du kubelet)' },
    appliesTo: ['k8s-cluster'],
  },
  plan,
);
