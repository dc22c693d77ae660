// A Service call as dns-lookup and autoscale's figures make it (reference §2 S6): the
// Service, every node's kernel rules, a client Pod and its backends, kube-proxy programming
// the rules, then the call itself, delivered and answered with service-traffic's steps
// (`deliver`, `replyThroughService`).
import type { LocalizedText } from '../../text.js';
import type { ModelAdditions } from '../types.js';
import type { ApiTalk } from './api-talk.js';
import { NEED, type Need } from './computed.js';
import { freshId, labelOf, spread, type FigureView, type WorkerView } from './figure-view.js';
import type { Flow } from './flow.js';
import { ownPods, runnableWorkers } from './new-pods.js';
import { CLUSTER_IP, deliver, replyThroughService } from './service-traffic.js';

export { CLUSTER_IP };


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
  backends: string[];
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
  const pod = (w: WorkerView, label: string) => {
    const id = freshId(view, `${w.node}.${label}`, taken);
    adds.components.push({ id, kind: 'pod', label, parent: w.node });
    adds.edges.push({ from: w.podParent!, to: id });
    return id;
  };
  const clientWorker = workers[0]!;
  const client = pod(clientWorker, 'client');
  adds.edges.push({ from: client, to: service });
  // Two backends, on the other nodes when there are some (the client's node keeps its width).
  const backendWorkers = spread(workers.length > 1 ? workers.slice(1) : workers, backendCount);
  const backends = backendWorkers.map((w, i) => pod(w, `nginx-${i + 1}`));
  const clientRules = rules.get(clientWorker.node)!;
  for (const b of backends) adds.edges.push({ from: clientRules, to: b });
  // The client and the backends take the place of the workers' own Pods: the figure keeps its width.
  return { view, workers, adds, taken, replaces: ownPods(view, workers), rules, service, client, clientWorker, clientRules, backends };
}

/**
 * kube-proxy on every node watches Services and EndpointSlices and programs its node's
 * rules (`clusterIps` → Pod IPs); first, with `endpointSlices` and where the figure has a
 * controller-manager and etcd, the EndpointSlice controller writes the nginx Service's slice.
 */
export function programRules(flow: Flow, api: ApiTalk, call: ServiceCall, clusterIps: string, endpointSlices: boolean): void {
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
    call.workers.map((w) => ({ to: w.kubeProxy!, key: w.node })),
    'Service · EndpointSlice',
    {
      en: 'kube-proxy, on every node, watches Services and EndpointSlices.',
      fr: 'kube-proxy, sur chaque nœud, surveille les Services et les EndpointSlices.',
    },
  );
  flow.beat(
    call.workers.map((w) => ({
      id: `program@${w.node}`,
      from: w.kubeProxy!,
      to: call.rules.get(w.node)!,
      kind: 'request' as const,
      message: `${clusterIps} → Pod IPs`,
      caption: {
        en: 'Each kube-proxy rewrites its node’s iptables or nftables rules: the ClusterIP now leads to the ready Pods.',
        fr: 'Chaque kube-proxy réécrit les règles iptables ou nftables de son nœud : la ClusterIP mène aux Pods prêts.',
      },
    })),
  );
}

/** The client calls the Service: its node's rules DNAT to a backend, and the reply comes back from the ClusterIP. */
export function callService(flow: Flow, call: ServiceCall, sendCaption?: LocalizedText): void {
  const { view, client, service, clientRules, clientWorker } = call;
  // The rules pick one backend; show the one across the pod network when there is one.
  const chosen = call.backends[call.backends.length - 1]!;
  const chosenNode = view.byId.get(chosen)?.parent ?? call.adds.components.find((c) => c.id === chosen)!.parent!;
  const remote = chosenNode !== clientWorker.node;
  const chosenName = call.adds.components.find((c) => c.id === chosen)!.label as string;
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
  const chosenWorker = call.workers.find((w) => w.node === chosenNode)!;
  deliver(flow, view, clientRules, { chosen, chosenName, chosenWorker, remote }, `→ ${chosenName}:80`);
  replyThroughService(flow, chosen, clientRules, service, client);
}
