/** Component kinds a diagram can draw (ARCHITECTURE.md §2). */
export const COMPONENT_KINDS = [
  'kubectl',
  'load-balancer',
  'apiserver',
  'etcd',
  'scheduler',
  'controller-manager',
  'cloud-controller-manager',
  'cloud',
  'kubelet',
  'kube-proxy',
  'containerd',
  'cri-o',
  'cri-dockerd',
  'dockerd',
  'docker-cli',
  'nerdctl',
  'crictl',
  'podman',
  'cri',
  'oci',
  'shim',
  'runc',
  'crun',
  'youki',
  'kata',
  'gvisor',
  'cni',
  'pod',
  'service',
  'kernel-rules',
  'streaming-server',
  'log-files',
  'cloud-load-balancer',
  'client',
  'coredns',
  'metrics-server',
] as const;

/** Kinds that contain other components. */
export const GROUP_KINDS = ['cluster', 'control-plane', 'node', 'layer'] as const;

export type ComponentKind = (typeof COMPONENT_KINDS)[number];
export type GroupKind = (typeof GROUP_KINDS)[number];
export type Kind = ComponentKind | GroupKind;

const componentKinds: ReadonlySet<string> = new Set(COMPONENT_KINDS);
const groupKinds: ReadonlySet<string> = new Set(GROUP_KINDS);

export function isComponentKind(value: unknown): value is ComponentKind {
  return typeof value === 'string' && componentKinds.has(value);
}

export function isGroupKind(value: unknown): value is GroupKind {
  return typeof value === 'string' && groupKinds.has(value);
}

export function isKind(value: unknown): value is Kind {
  return isComponentKind(value) || isGroupKind(value);
}

/** States a component can be drawn in. */
export const COMPONENT_STATES = [
  'active',
  'standby',
  'down',
  'pending',
  'running',
  'terminating',
  'unknown',
  'failed',
  'succeeded',
] as const;
export type ComponentState = (typeof COMPONENT_STATES)[number];

export function isComponentState(value: unknown): value is ComponentState {
  return typeof value === 'string' && (COMPONENT_STATES as readonly string[]).includes(value);
}

/**
 * How an edge reads. `call`: `from` opens the connection to `to` (arrowhead at `to`).
 * `peer`: members of one system replicating to each other (etcd's Raft), no direction.
 * `indirect`: a path that goes through something not drawn (kubectl reaching a kubelet
 * through the API server), dashed. `removed`: a path that no longer exists (dockershim).
 */
export const EDGE_KINDS = ['call', 'peer', 'indirect', 'removed'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export function isEdgeKind(value: unknown): value is EdgeKind {
  return typeof value === 'string' && (EDGE_KINDS as readonly string[]).includes(value);
}
