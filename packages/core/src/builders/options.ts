/** Values the builder attributes accept, with their defaults (ARCHITECTURE.md §2). */
export const RUNTIMES = ['containerd', 'cri-o', 'cri-dockerd'] as const;
export type Runtime = (typeof RUNTIMES)[number];

export const OCI_RUNTIMES = ['runc', 'crun', 'youki', 'kata', 'gvisor'] as const;
export type OciRuntime = (typeof OCI_RUNTIMES)[number];

export const ETCD_TOPOLOGIES = ['stacked', 'external'] as const;
export type EtcdTopology = (typeof ETCD_TOPOLOGIES)[number];

/** Cluster add-ons `<k8s-cluster addons>` can draw: the DNS server and the resource metrics API. */
export const ADDONS = ['coredns', 'metrics-server'] as const;
export type Addon = (typeof ADDONS)[number];

export const LIMITS = {
  replicas: { min: 1, max: 7, default: 1 },
  workers: { min: 0, max: 1000, default: 2 },
  pods: { min: 0, max: 50, default: 2 },
} as const;

/** CRI-O brings crun by default (since v1.31); the others runc. */
export function defaultOciRuntime(runtime: Runtime): OciRuntime {
  return runtime === 'cri-o' ? 'crun' : 'runc';
}

/**
 * Above either limit, a worker's pods are drawn as one box with a count badge, so that
 * hundreds of workers stay readable and fast to lay out (README "Large clusters").
 */
export const FULL_DETAIL = { maxWorkers: 10, maxPodsPerWorker: 6 } as const;
