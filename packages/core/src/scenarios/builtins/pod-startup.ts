import type { LocalizedText } from '../../text.js';
import type { ApiTalk } from './api-talk.js';
import type { WorkerView } from './figure-view.js';
import type { Draft, Flow } from './flow.js';
import { CONTAINERS_START, runtimeHop } from './runtime-hops.js';

/** A new Pod and the worker it lands on. */
export interface Placement {
  worker: WorkerView;
  pod: string;
}

export interface StartupOptions {
  /** Prefix for step ids, so a scenario can start Pods twice. */
  prefix?: string;
  /** Show PullImage (the image is not on the nodes yet). */
  pull?: boolean;
  /** What the scheduler weighs, when the scenario has something to say about it. */
  scheduleCaption?: LocalizedText;
}

/** The workers of the placements, once each, in order. */
function workersOf(placements: readonly Placement[]): WorkerView[] {
  return [...new Map(placements.map((p) => [p.worker.node, p.worker])).values()];
}

/**
 * From Pods just stored as Pending to Pods running and reported (reference §2 S1 steps
 * 7–11): the scheduler filters the nodes (requests against allocatable minus what is
 * already requested: kubernetes.io "Kubernetes Scheduler", "Resource Management for Pods"),
 * scores those that pass, and writes Bindings, each chosen kubelet sees its Pods
 * through its watch, drives its runtime over CRI down to the OCI runtime, and reports
 * the status back. Workers act in parallel.
 */
export function scheduleAndRun(flow: Flow, api: ApiTalk, placements: readonly Placement[], options: StartupOptions = {}): void {
  const p = options.prefix ?? '';
  const n = placements.length;
  const scheduler = api.cp.scheduler!;
  api.watch(`${p}watch-unscheduled`, scheduler, `ADDED Pod ×${n}`, {
    en: `The scheduler watches for Pods that have no node: it sees the ${n} new one${n > 1 ? 's' : ''}.`,
    fr: `Le scheduler surveille les Pods sans nœud : il voit ${n > 1 ? `les ${n} nouveaux` : 'le nouveau'}.`,
  });
  flow.step({
    id: `${p}schedule`,
    from: scheduler,
    to: scheduler,
    kind: 'internal',
    message: { en: 'filter · score', fr: 'filtrage · score' },
    caption: options.scheduleCaption ?? {
      en: 'For each Pod it filters the nodes (requests vs allocatable minus what is already requested, taints, affinity), then scores those that pass.',
      fr: 'Pour chaque Pod, il filtre les nœuds (demandes face à l’allouable moins le déjà demandé, taints, affinités), puis note ceux retenus.',
    },
  });
  api.request(`${p}bind`, scheduler, 'POST pods/…/binding', {
    en: 'It writes each choice as a Binding: POST …/pods/<name>/binding.',
    fr: 'Il inscrit chaque choix par un Binding : POST …/pods/<nom>/binding.',
  });
  api.persist(`${p}persist-binding`, 'PUT /registry/pods/…', {
    en: 'The API server records each Pod’s spec.nodeName in etcd.',
    fr: 'Le serveur d’API enregistre le spec.nodeName de chaque Pod dans etcd.',
  });
  run(flow, api, placements, options);
}

/** From a Pod bound to a node to its containers running and its status stored (S1 steps 8–11). */
export function run(flow: Flow, api: ApiTalk, placements: readonly Placement[], options: StartupOptions = {}): void {
  const p = options.prefix ?? '';
  const workers = workersOf(placements);
  api.watch(
    `${p}watch-bound`,
    workers.map((w) => ({ to: w.kubelet, key: w.node, message: `nodeName=${w.node}` })),
    'nodeName',
    {
      en: 'Each kubelet watches for Pods bound to its own node, and sees its new ones.',
      fr: 'Chaque kubelet surveille les Pods liés à son propre nœud, et voit les siens.',
    },
  );
  criCalls(flow, workers, `${p}sandbox`, 'RunPodSandbox', {
    en: 'The kubelet, a CRI client, asks the runtime for a Pod sandbox; the runtime calls the CNI plugin, which gives the Pod its IP.',
    fr: 'Le kubelet, client CRI, demande au runtime le sandbox du Pod ; le runtime appelle le plugin CNI, qui donne son IP au Pod.',
  });
  if (options.pull)
    criCalls(flow, workers, `${p}pull`, 'PullImage nginx', {
      en: 'PullImage: the node does not have the nginx image yet, so the runtime fetches it from the registry.',
      fr: 'PullImage : le nœud n’a pas encore l’image nginx, le runtime la récupère sur le registre.',
    });
  startContainers(flow, workers, placements, p);
  api.request(
    `${p}report`,
    workers.map((w) => ({ from: w.kubelet, key: w.node })),
    'PATCH pods/…/status',
    {
      en: 'Each kubelet reports its Pods’ status: phase Running, the Pod IP, then Ready once the readiness probe passes.',
      fr: 'Chaque kubelet remonte l’état de ses Pods : phase Running, IP du Pod, puis Ready quand la sonde de disponibilité passe.',
    },
  );
  api.persist(`${p}persist-status`, 'PUT /registry/pods/…', {
    en: 'The API server stores the status in etcd: kubectl get pods now shows them Running.',
    fr: 'Le serveur d’API enregistre l’état dans etcd : kubectl get pods les montre désormais Running.',
  });
}

/**
 * CreateContainer and StartContainer, then the runtime chain of every worker, hop by hop
 * (a chain may be longer on one worker than another), then the containers starting.
 */
export function startContainers(flow: Flow, workers: readonly WorkerView[], placements: readonly Placement[], prefix = ''): void {
  criCalls(flow, workers, `${prefix}create-start`, 'CreateContainer · StartContainer', {
    en: 'Then CreateContainer and StartContainer: the runtime prepares an OCI bundle (config.json and root filesystem).',
    fr: 'Puis CreateContainer et StartContainer : le runtime prépare un bundle OCI (config.json et système de fichiers).',
  });
  const model = flow.model;
  const longest = Math.max(0, ...workers.map((w) => w.runtime.length));
  for (let hop = 0; hop + 1 < longest; hop++) {
    const drafts: Draft[] = [];
    for (const w of workers) {
      const from = w.runtime[hop];
      const to = w.runtime[hop + 1];
      if (from === undefined || to === undefined) continue;
      drafts.push({ id: `${prefix}runtime-${hop + 1}@${w.node}`, from, to, kind: 'request', ...runtimeHop(model, from, to) });
    }
    flow.beat(drafts);
  }
  flow.beat(
    placements.map((pl) => ({
      id: `${prefix}started@${pl.pod}`,
      from: pl.worker.podParent!,
      to: pl.pod,
      kind: 'event' as const,
      ...CONTAINERS_START,
      effects: [{ component: pl.pod, state: 'running' as const }],
    })),
  );
}

/** One CRI call from each worker's kubelet to its runtime, all in one beat. */
export function criCalls(flow: Flow, workers: readonly WorkerView[], id: string, message: string, caption: LocalizedText): void {
  flow.beat(workers.map((w) => ({ id: `${id}@${w.node}`, from: w.kubelet, to: w.runtime[0]!, kind: 'request' as const, message, caption })));
}
