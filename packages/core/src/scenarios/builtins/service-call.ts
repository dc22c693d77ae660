// A Service and a call through it (reference §2 S6), the parts service-traffic,
// dns-lookup and load-balancer-service share: the Service, every node's kernel rules that
// kube-proxy programs, backend Pods, a client Pod, and the call itself (DNAT to a backend,
// the reply translated back). kube-proxy is not on the packet's path.
// Follows kubernetes.io: "Service", "Virtual IPs and Service Proxies", "EndpointSlices"
// (a slice lists every selected Pod, each endpoint with its ready condition).
import type { LocalizedText } from '../../text.js';
import type { ModelAdditions } from '../types.js';
import type { ApiTalk } from './api-talk.js';
import { NEED, type Need } from './computed.js';
import { freshId, labelOf, spread, type FigureView, type WorkerView } from './figure-view.js';
import type { Flow } from './flow.js';
import { ownPods, runnableWorkers } from './new-pods.js';

// Any Service's ClusterIP, not kube-dns's (10.96.0.10 under kubeadm's defaults).
export const CLUSTER_IP = '10.96.41.7';

/** What a Service scenario draws: the Service, every node's kernel rules, and its Pods. */
export interface ServiceDraft {
  adds: ModelAdditions;
  service: string;
  /** Each worker's kernel rules, by node. */
  rules: Map<string, string>;
  /** The Pods' names as drawn, by id. */
  names: Map<string, string>;
  /** Adds a Pod on a worker, under its runtime. */
  pod: (w: WorkerView, label: string) => string;
  /** Ids given so far, for the scenario's own further parts. */
  taken: Set<string>;
}

/** The Service (nginx), and the kernel rules that kube-proxy writes on every worker. */
export function draftService(view: FigureView, workers: readonly WorkerView[]): ServiceDraft {
  const adds: ModelAdditions = { components: [], edges: [] };
  const taken = new Set<string>();
  const service = freshId(view, 'service', taken);
  adds.components.push({ id: service, kind: 'service', label: 'nginx', ...(view.cluster ? { parent: view.cluster } : {}) });
  const rules = new Map<string, string>();
  for (const w of workers) {
    const id = freshId(view, `${w.node}.kernel-rules`, taken);
    rules.set(w.node, id);
    adds.components.push({ id, kind: 'kernel-rules', parent: w.node });
    adds.edges.push({ from: w.kubeProxy!, to: id });
    // The ClusterIP is virtual: every node's rules stand for it.
    adds.edges.push({ from: service, to: id, kind: 'indirect' });
  }
  const names = new Map<string, string>();
  const pod = (w: WorkerView, label: string) => {
    const id = freshId(view, `${w.node}.${label}`, taken);
    names.set(id, label);
    adds.components.push({ id, kind: 'pod', label, parent: w.node });
    adds.edges.push({ from: w.podParent!, to: id });
    return id;
  };
  return { adds, service, rules, names, pod, taken };
}

/**
 * nginx backends (two by default), on the workers after the first when there are some (the
 * first worker keeps its width), each reachable from `entry`'s rules; the rules pick the
 * last one, across the pod network when it is on another node.
 */
export function addBackends(draft: ServiceDraft, workers: readonly WorkerView[], entry: WorkerView, count = 2) {
  const backendWorkers = spread(workers.length > 1 ? workers.slice(1) : workers, count);
  const backends = backendWorkers.map((w, i) => draft.pod(w, `nginx-${i + 1}`));
  for (const b of backends) draft.adds.edges.push({ from: draft.rules.get(entry.node)!, to: b });
  const chosen = backends[backends.length - 1]!;
  const chosenWorker = backendWorkers[backendWorkers.length - 1]!;
  return { chosen, chosenWorker, chosenName: draft.names.get(chosen)!, remote: chosenWorker !== entry };
}

/** What each kube-proxy's rewrite says when the scenario has nothing more to say of it. */
export const PROGRAM_CAPTION: LocalizedText = {
  en: 'Each kube-proxy rewrites its node’s iptables or nftables rules: the ClusterIP now leads to the ready Pods.',
  fr: 'Chaque kube-proxy réécrit les règles iptables ou nftables de son nœud : la ClusterIP mène aux Pods prêts.',
};

/**
 * The EndpointSlice controller lists the Service's ready Pods (with `endpointSlices`, where
 * the figure has a controller-manager and etcd), then every kube-proxy, watching, rewrites
 * its node's rules.
 */
export function programRules(
  flow: Flow,
  api: ApiTalk,
  workers: readonly WorkerView[],
  draft: Pick<ServiceDraft, 'rules'>,
  message: string,
  caption: LocalizedText = PROGRAM_CAPTION,
  endpointSlices = true,
): void {
  const cm = api.cp.controllerManager;
  if (endpointSlices && cm !== undefined && api.cp.etcd !== undefined) {
    api.watch('watch-service', cm, 'Service · Pods Ready', {
      en: 'The EndpointSlice controller watches the nginx Service and the Pods it selects, as they become Ready.',
      fr: 'Le contrôleur EndpointSlice surveille le Service nginx et les Pods qu’il sélectionne, à mesure qu’ils sont Ready.',
    });
    api.request('write-endpoints', cm, 'POST …/endpointslices', {
      en: 'It creates the Service’s EndpointSlice: every selected Pod’s IP and port, each with its ready condition.',
      fr: 'Il crée l’EndpointSlice du Service : l’IP et le port de chaque Pod sélectionné, chacun avec sa condition ready.',
    });
    api.persist('persist-endpoints', 'PUT /registry/endpointslices/…', {
      en: 'The API server stores the EndpointSlice in etcd.',
      fr: 'Le serveur d’API enregistre l’EndpointSlice dans etcd.',
    });
  }
  api.watch(
    'watch-endpoints',
    workers.map((w) => ({ to: w.kubeProxy!, key: w.node })),
    'Service · EndpointSlice',
    {
      en: 'kube-proxy, on every node, watches Services and EndpointSlices.',
      fr: 'kube-proxy, sur chaque nœud, surveille les Services et les EndpointSlices.',
    },
  );
  flow.beat(
    workers.map((w) => ({
      id: `program@${w.node}`,
      from: w.kubeProxy!,
      to: draft.rules.get(w.node)!,
      kind: 'request' as const,
      message,
      caption,
    })),
  );
}

/** The rules' DNAT delivers the packet to the chosen backend, across the pod network if it is elsewhere. */
export function deliver(flow: Flow, view: FigureView, from: string, to: ReturnType<typeof addBackends>, message: string): void {
  const { chosen, chosenName, chosenWorker, remote } = to;
  flow.step({
    id: 'deliver',
    from,
    to: chosen,
    kind: 'request',
    message,
    caption: remote
      ? {
          en: `The packet crosses the pod network (set up through CNI) to ${chosenName} on ${labelOf(view, chosenWorker.node)}. kube-proxy is not on the way.`,
          fr: `Le paquet traverse le réseau des Pods (mis en place via CNI) jusqu’à ${chosenName} sur ${labelOf(view, chosenWorker.node)}. kube-proxy n’est pas sur le chemin.`,
        }
      : {
          en: `The packet goes to ${chosenName} on the same node. kube-proxy is not on the way.`,
          fr: `Le paquet va à ${chosenName} sur le même nœud. kube-proxy n’est pas sur le chemin.`,
        },
  });
}

/** The backend's reply: the client node's rules put the ClusterIP back as its source, so the client sees the Service answer. */
export function replyThroughService(flow: Flow, backend: string, clientRules: string, service: string, client: string): void {
  flow.step({
    id: 'reply',
    from: backend,
    to: clientRules,
    kind: 'response',
    message: '200 OK',
    caption: {
      en: 'The backend answers; the client node’s connection tracking recognises the reply.',
      fr: 'Le Pod répond ; le suivi des connexions du nœud client reconnaît la réponse.',
    },
  });
  flow.step({
    id: 'un-nat',
    from: clientRules,
    to: service,
    kind: 'response',
    message: `src=${CLUSTER_IP}`,
    caption: {
      en: 'It rewrites the source back to the ClusterIP…',
      fr: 'Il remet la ClusterIP comme source…',
    },
  });
  flow.step({
    id: 'answer',
    from: service,
    to: client,
    kind: 'response',
    message: '200 OK',
    caption: {
      en: '…so the client sees the answer come from the Service it called.',
      fr: '…et le client voit la réponse venir du Service qu’il a appelé.',
    },
  });
}

/** The parts of a Service call, added to the figure: the Service, every node's rules, a client and two backends. */
export interface ServiceCall {
  view: FigureView;
  workers: WorkerView[];
  adds: ModelAdditions;
  taken: Set<string>;
  /** The figure's own Pods on those workers, which the scenario's Pods stand in for. */
  replaces: string[];
  rules: Map<string, string>;
  service: string;
  client: string;
  clientWorker: WorkerView;
  clientRules: string;
  /** The backend the client node's rules pick. */
  target: ReturnType<typeof addBackends>;
}

/** The workers a Service call can use, or what is missing. */
export function serviceWorkers(view: FigureView): WorkerView[] {
  return runnableWorkers(view).filter((w) => w.kubeProxy !== undefined);
}

export const SERVICE_NEEDS = (view: FigureView, workers: readonly WorkerView[]): Need[] => [
  { present: view.primary !== undefined, what: NEED.apiserver },
  {
    present: workers.length > 0,
    what: { en: 'a worker node with kube-proxy and a container runtime', fr: 'un nœud worker avec kube-proxy et un runtime de conteneurs' },
  },
];

/** Adds the Service, every node's rules, a client Pod and the backends (two by default) to a fresh `adds`. */
export function serviceCallParts(view: FigureView, workers: WorkerView[], backendCount = 2): ServiceCall {
  const draft = draftService(view, workers);
  const { adds, service, rules, taken } = draft;
  const clientWorker = workers[0]!;
  const client = draft.pod(clientWorker, 'client');
  adds.edges.push({ from: client, to: service });
  const target = addBackends(draft, workers, clientWorker, backendCount);
  const clientRules = rules.get(clientWorker.node)!;
  // The client and the backends take the place of the workers' own Pods: the figure keeps its width.
  return { view, workers, adds, taken, replaces: ownPods(view, workers), rules, service, client, clientWorker, clientRules, target };
}

/** The client calls the Service: its node's rules DNAT to a backend, and the reply comes back from the ClusterIP. */
export function callService(flow: Flow, call: ServiceCall, sendCaption?: LocalizedText): void {
  const { view, client, service, clientRules, clientWorker, target } = call;
  flow.step({
    id: 'send',
    from: client,
    to: service,
    kind: 'request',
    message: `GET http://nginx (${CLUSTER_IP})`,
    caption: sendCaption ?? {
      en: `The client Pod on ${labelOf(view, clientWorker.node)} calls http://nginx; DNS answers with the Service’s ClusterIP, ${CLUSTER_IP}.`,
      fr: `Le Pod client de ${labelOf(view, clientWorker.node)} appelle http://nginx ; le DNS répond par la ClusterIP du Service, ${CLUSTER_IP}.`,
    },
  });
  flow.step({
    id: 'dnat',
    from: service,
    to: clientRules,
    kind: 'request',
    message: 'DNAT',
    caption: {
      en: 'No process listens on a ClusterIP: the client node’s own kernel rules pick a backend and rewrite the destination (DNAT).',
      fr: 'Aucun processus n’écoute sur une ClusterIP : les règles du noyau du nœud client choisissent un Pod et réécrivent la destination (DNAT).',
    },
  });
  deliver(flow, view, clientRules, target, `→ ${target.chosenName}:80`);
  replyThroughService(flow, target.chosen, clientRules, service, client);
}
