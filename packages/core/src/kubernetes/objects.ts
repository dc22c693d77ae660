import type { ComponentState } from '../kinds.js';
import { isRecord, rec, str, stringMap, warning, type KubernetesWarning } from './problems.js';

/** A Node as the model needs it, read from `kubectl get nodes -o json`. */
export interface NodeInfo {
  name: string;
  labels: Record<string, string>;
  /** From `node-role.kubernetes.io/<role>` and `kubernetes.io/role` labels. */
  roles: string[];
  kubeletVersion?: string;
  containerRuntimeVersion?: string;
  providerId?: string;
  /** The Ready condition: True, False, Unknown, or undefined when not reported. */
  ready?: string;
  unschedulable: boolean;
  /** `status.addresses` (InternalIP, ExternalIP, Hostname), to tell which node a request came from. */
  addresses: string[];
  /** Made up from Pods that name it (no Node object in the snapshot). */
  inferred?: boolean;
}

/** A Pod as the model needs it. */
export interface PodInfo {
  namespace: string;
  name: string;
  nodeName?: string;
  labels: Record<string, string>;
  /** Kind and name of the controlling owner (ReplicaSet, DaemonSet, Node for static Pods…). */
  owner?: { kind: string; name: string };
  /** Static Pod mirrored by the kubelet (kubeadm's control-plane Pods). */
  mirror: boolean;
  state: ComponentState;
  /** Container command lines, for a few flags (`--etcd-servers`). */
  commands: string[][];
}

/** A Lease, for the leader of kube-scheduler and kube-controller-manager. */
export interface LeaseInfo {
  namespace: string;
  name: string;
  holder?: string;
}

export interface Objects {
  nodes: NodeInfo[];
  pods: PodInfo[];
  leases: LeaseInfo[];
  /** Objects not used, by kind (`(no kind)` for those without one). */
  skipped: Map<string, number>;
  warnings: KubernetesWarning[];
  /** How many objects were looked at. */
  seen: number;
}

const MAX_WARNINGS = 50;

/**
 * Flattens what `kubectl get … -o json|yaml` gives (a List, a NodeList, a PodList, a bare
 * object, an array of any of those, several merged) into the Nodes, Pods and Leases the
 * model uses; everything else is counted. Never throws on odd input.
 */
export function readObjects(input: unknown): Objects {
  const out: Objects = { nodes: [], pods: [], leases: [], skipped: new Map(), warnings: [], seen: 0 };
  const warn = (w: KubernetesWarning) => {
    if (out.warnings.length < MAX_WARNINGS) out.warnings.push(w);
  };
  const skip = (kind: string) => out.skipped.set(kind, (out.skipped.get(kind) ?? 0) + 1);
  const names = new Set<string>();
  const visit = (value: unknown, path: string, depth: number): void => {
    if (depth > 8) return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, `${path}[${i}]`, depth + 1));
      return;
    }
    if (!isRecord(value)) {
      out.seen++;
      skip('(not an object)');
      return;
    }
    const kind = str(value.kind);
    if (Array.isArray(value.items) && (kind === undefined || /List$/i.test(kind))) {
      value.items.forEach((v, i) => visit(v, `${path ? `${path}.` : ''}items[${i}]`, depth + 1));
      return;
    }
    out.seen++;
    const lower = kind?.toLowerCase();
    const where = path || 'object';
    if (lower === 'node') {
      const node = readNode(value);
      if (!node) return warn(warning(where, 'a Node without a name was skipped.', 'un Node sans nom a été ignoré.'));
      if (names.has(`node/${node.name}`)) return warn(warning(where, `Node ${node.name} appears twice; the first one is kept.`, `le Node ${node.name} apparaît deux fois ; le premier est gardé.`));
      names.add(`node/${node.name}`);
      out.nodes.push(node);
    } else if (lower === 'pod') {
      const pod = readPod(value);
      if (!pod) return warn(warning(where, 'a Pod without a name was skipped.', 'un Pod sans nom a été ignoré.'));
      const key = `pod/${pod.namespace}/${pod.name}`;
      if (names.has(key)) return warn(warning(where, `Pod ${pod.namespace}/${pod.name} appears twice; the first one is kept.`, `le Pod ${pod.namespace}/${pod.name} apparaît deux fois ; le premier est gardé.`));
      names.add(key);
      out.pods.push(pod);
    } else if (lower === 'lease') {
      const meta = rec(value.metadata);
      const name = str(meta.name);
      if (name) {
        const holder = str(rec(value.spec).holderIdentity);
        out.leases.push({ namespace: str(meta.namespace) ?? 'default', name, ...(holder ? { holder } : {}) });
      }
      // A Lease only tells who leads; it is not drawn.
      skip('Lease');
    } else skip(kind ?? '(no kind)');
  };
  visit(input, '', 0);
  return out;
}

const ROLE_PREFIX = 'node-role.kubernetes.io/';

function readNode(value: Record<string, unknown>): NodeInfo | undefined {
  const meta = rec(value.metadata);
  const name = str(meta.name)?.trim();
  if (!name) return undefined;
  const labels = stringMap(meta.labels);
  const roles = new Set<string>();
  for (const key of Object.keys(labels)) if (key.startsWith(ROLE_PREFIX) && key.length > ROLE_PREFIX.length) roles.add(key.slice(ROLE_PREFIX.length));
  if (labels['kubernetes.io/role']) roles.add(labels['kubernetes.io/role']);
  const status = rec(value.status);
  const info = rec(status.nodeInfo);
  const conditions = Array.isArray(status.conditions) ? status.conditions : [];
  const ready = conditions.map(rec).find((c) => c.type === 'Ready');
  const kubeletVersion = str(info.kubeletVersion);
  const containerRuntimeVersion = str(info.containerRuntimeVersion);
  const providerId = str(rec(value.spec).providerID);
  const readyStatus = str(ready?.status);
  return {
    name,
    labels,
    roles: [...roles].sort(),
    ...(kubeletVersion ? { kubeletVersion } : {}),
    ...(containerRuntimeVersion ? { containerRuntimeVersion } : {}),
    ...(providerId ? { providerId } : {}),
    ...(readyStatus ? { ready: readyStatus } : {}),
    unschedulable: rec(value.spec).unschedulable === true,
    addresses: (Array.isArray(status.addresses) ? status.addresses : []).map((a) => str(rec(a).address)).filter((a): a is string => !!a),
  };
}

function readPod(value: Record<string, unknown>): PodInfo | undefined {
  const meta = rec(value.metadata);
  const name = str(meta.name)?.trim();
  if (!name) return undefined;
  const spec = rec(value.spec);
  const status = rec(value.status);
  const owners = Array.isArray(meta.ownerReferences) ? meta.ownerReferences.map(rec) : [];
  const owner = owners.find((o) => o.controller === true) ?? owners[0];
  const annotations = stringMap(meta.annotations);
  const nodeName = str(spec.nodeName)?.trim();
  const containers = Array.isArray(spec.containers) ? spec.containers.map(rec) : [];
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);
  const commands = containers.map((c) => [...list(c.command), ...list(c.args)].filter((a): a is string => typeof a === 'string'));
  return {
    namespace: str(meta.namespace)?.trim() || 'default',
    name,
    ...(nodeName ? { nodeName } : {}),
    labels: stringMap(meta.labels),
    ...(owner && str(owner.kind) ? { owner: { kind: str(owner.kind)!, name: str(owner.name) ?? '' } } : {}),
    mirror: 'kubernetes.io/config.mirror' in annotations || str(owner?.kind) === 'Node',
    state: podState(meta, status, nodeName),
    commands,
  };
}

/**
 * A Pod's state as drawn: terminating once it has a deletion timestamp, else its phase
 * (Pending, Running, Succeeded, Failed, Unknown); a Running Pod whose Ready condition is
 * Unknown (its node stopped reporting) is unknown.
 */
export function podState(meta: Record<string, unknown>, status: Record<string, unknown>, nodeName?: string): ComponentState {
  if (str(meta.deletionTimestamp)) return 'terminating';
  const conditions = Array.isArray(status.conditions) ? status.conditions.map(rec) : [];
  switch (str(status.phase)?.toLowerCase()) {
    case 'pending':
      return 'pending';
    case 'running':
      return conditions.some((c) => c.type === 'Ready' && c.status === 'Unknown') ? 'unknown' : 'running';
    case 'succeeded':
      return 'succeeded';
    case 'failed':
      return 'failed';
    case 'unknown':
      return 'unknown';
    default:
      // No phase: a Pod not yet scheduled is pending; otherwise its state is not known.
      return nodeName ? 'unknown' : 'pending';
  }
}
