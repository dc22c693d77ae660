// Service traffic (reference §2 S6): kube-proxy, watching Services and EndpointSlices,
// programs each node's kernel rules; a client Pod's packet to the ClusterIP is rewritten
// (DNAT) by its own node's rules to a backend Pod, on another node if need be, and the
// reply is translated back. kube-proxy is not on the packet's path.
// Follows kubernetes.io: "Service", "Virtual IPs and Service Proxies", "EndpointSlices"
// (a slice lists every selected Pod, each endpoint with its ready condition),
// "Network Plugins".
// Adds a Service (nginx), the kernel rules of every worker, a client Pod and backend Pods.
// Where the figure has a controller-manager and etcd, it first shows the EndpointSlice
// controller at work; the worker-node figure starts at kube-proxy.
import type { Model } from '../../model.js';
import type { LocalizedText } from '../../text.js';
import type { ModelAdditions, ScenarioMisfit } from '../types.js';
import { ApiTalk } from './api-talk.js';
import { computedScenario, unmet, withAdditions, type Plan } from './computed.js';
import { freshId, labelOf, spread, viewFigure, type FigureView, type WorkerView } from './figure-view.js';
import { Flow } from './flow.js';
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
  return { adds, service, rules, names, pod };
}

/**
 * Two nginx backends, on the workers after the first when there are some (the first worker
 * keeps its width), each reachable from `entry`'s rules; the rules pick the last one, across
 * the pod network when it is on another node.
 */
export function addBackends(draft: ServiceDraft, workers: readonly WorkerView[], entry: WorkerView) {
  const backendWorkers = spread(workers.length > 1 ? workers.slice(1) : workers, 2);
  const backends = backendWorkers.map((w, i) => draft.pod(w, `nginx-${i + 1}`));
  for (const b of backends) draft.adds.edges.push({ from: draft.rules.get(entry.node)!, to: b });
  const chosen = backends[backends.length - 1]!;
  const chosenWorker = backendWorkers[backendWorkers.length - 1]!;
  return { chosen, chosenWorker, chosenName: draft.names.get(chosen)!, remote: chosenWorker !== entry };
}

/**
 * The EndpointSlice controller lists the Service's ready Pods (where the figure has a
 * controller-manager and etcd), then every kube-proxy, watching, rewrites its node's rules.
 */
export function programRules(flow: Flow, api: ApiTalk, workers: readonly WorkerView[], draft: ServiceDraft, message: string, caption: LocalizedText): void {
  const cm = api.cp.controllerManager;
  if (cm !== undefined && api.cp.etcd !== undefined) {
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

function plan(model: Model): Plan | ScenarioMisfit {
  const view = viewFigure(model);
  const workers = runnableWorkers(view).filter((w) => w.kubeProxy !== undefined);
  const misfit = unmet([
    { present: view.primary !== undefined, what: { en: 'an API server', fr: 'un serveur d’API' } },
    {
      present: workers.length > 0,
      what: { en: 'a worker node with kube-proxy and a container runtime', fr: 'un nœud worker avec kube-proxy et un runtime de conteneurs' },
    },
  ]);
  if (misfit) return misfit;
  const cp = view.primary!;

  // What the scenario draws: the Service, every node's rules, a client and two backends.
  const draft = draftService(view, workers);
  const { adds, service } = draft;
  const clientWorker = workers[0]!;
  const client = draft.pod(clientWorker, 'client');
  adds.edges.push({ from: client, to: service });
  const target = addBackends(draft, workers, clientWorker);
  const clientRules = draft.rules.get(clientWorker.node)!;

  // The client and the backends take the place of the workers' own Pods: the figure keeps its width.
  const replaces = ownPods(view, workers);
  const flow = new Flow(withAdditions(model, adds, replaces));
  const api = new ApiTalk(flow, view, cp);
  programRules(flow, api, workers, draft, `${CLUSTER_IP} → Pod IPs`, {
    en: 'Each kube-proxy rewrites its node’s iptables or nftables rules: the ClusterIP now leads to the ready Pods.',
    fr: 'Chaque kube-proxy réécrit les règles iptables ou nftables de son nœud : la ClusterIP mène aux Pods prêts.',
  });
  flow.step({
    id: 'send',
    from: client,
    to: service,
    kind: 'request',
    message: `GET http://nginx (${CLUSTER_IP})`,
    caption: {
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
  return { adds, replaces, steps: flow.steps };
}

export const serviceTraffic = computedScenario(
  {
    id: 'service-traffic',
    title: { en: 'Service traffic: from a ClusterIP to a Pod', fr: 'Trafic d’un Service : d’une ClusterIP à un Pod' },
    appliesTo: ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node'],
  },
  plan,
);
