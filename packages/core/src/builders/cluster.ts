import type { Model } from '../model.js';
import type { AuthorText } from '../text.js';
import { FULL_DETAIL, type Addon, type EtcdTopology, type OciRuntime, type Runtime } from './options.js';
import { addAddons, addControlPlanes, addWorker, ModelDraft } from './parts.js';

export interface WorkerSpec {
  name: string;
  pods: number;
  runtime: Runtime;
  ociRuntime: OciRuntime;
}

export interface ClusterModelOptions {
  controlPlanes: number;
  etcd: EtcdTopology;
  cloud?: AuthorText;
  workers: WorkerSpec[];
  /** Add-ons drawn on the workers (`addons` attribute); none by default. */
  addons?: Addon[];
  /** Draw each control-plane node's kubelet and the control plane as its static Pods (kubeadm). */
  staticPods?: boolean;
}

/** Whether pods are drawn one by one; above the limits they collapse into count badges. */
export function drawsPodsInFull(workers: readonly { pods: number }[]): boolean {
  return (
    workers.length <= FULL_DETAIL.maxWorkers &&
    workers.every((w) => w.pods <= FULL_DETAIL.maxPodsPerWorker)
  );
}

/** The seed's first figure (F1): kubectl, the control plane(s), the worker nodes. */
export function buildClusterModel(options: ClusterModelOptions): Model {
  const draft = new ModelDraft();
  draft.add({ id: 'kubectl', kind: 'kubectl' });
  const cluster = draft.add({ id: 'cluster', kind: 'cluster' });
  const entry = addControlPlanes(draft, {
    replicas: options.controlPlanes,
    etcd: options.etcd,
    parent: cluster,
    ...(options.cloud === undefined ? {} : { cloud: options.cloud }),
    ...(options.staticPods ? { staticPods: true } : {}),
  });
  draft.link('kubectl', entry);
  const full = drawsPodsInFull(options.workers);
  const workers = options.workers.map((worker) => addWorker(draft, { ...worker, collapsePods: !full, parent: cluster, apiEntry: entry }));
  if (options.addons?.length) {
    const apiservers = draft.components.filter((c) => c.kind === 'apiserver').map((c) => c.id);
    addAddons(draft, options.addons, { workers, apiEntry: entry, apiservers, parent: cluster, scrape: full });
  }
  return { components: draft.components, edges: draft.edges };
}

/** Default worker names: worker-1, worker-2, … */
export function defaultWorkerName(index: number): string {
  return `worker-${index + 1}`;
}
