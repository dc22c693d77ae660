import { fail, ok, type DiagramError, type Result } from '../errors.js';
import { parseCount, parseEnum, parseLabel, parseNodeName, parseSet, type Parsed } from '../attributes.js';
import type { ClusterModelOptions, WorkerSpec } from './cluster.js';
import type { ControlPlaneModelOptions } from './control-plane.js';
import {
  ADDONS,
  defaultOciRuntime,
  ETCD_TOPOLOGIES,
  LIMITS,
  OCI_RUNTIMES,
  RUNTIMES,
  type EtcdTopology,
} from './options.js';

/** Reads an element's attribute (null when absent), like `Element.getAttribute`. */
export type AttributeReader = (name: string) => string | null;

function collect<T>(errors: DiagramError[], parsed: Parsed<T>): T {
  if (parsed.error) errors.push(parsed.error);
  return parsed.value as T;
}

/**
 * `cloud` on a control plane: absent draws the generic provider box, `none` removes the
 * cloud-controller-manager and the box, anything else names the provider.
 */
function controlPlaneCloud(errors: DiagramError[], raw: string | null, whenAbsent: '' | undefined): string | undefined {
  if (raw === null) return whenAbsent;
  if (raw.trim().toLowerCase() === 'none') return undefined;
  return collect(errors, parseLabel('cloud', raw)) ?? '';
}

export interface ControlPlaneDefaults {
  etcd: EtcdTopology;
  /** What an absent `cloud` means: '' the generic box (standalone figure), undefined none. */
  cloud: '' | undefined;
}

/** `<k8s-control-plane replicas etcd cloud static-pods>` → builder options, or every attribute error. */
export function controlPlaneOptions(
  read: AttributeReader,
  defaults: ControlPlaneDefaults = { etcd: 'stacked', cloud: '' },
): Result<ControlPlaneModelOptions> {
  const errors: DiagramError[] = [];
  const { min, max, default: def } = LIMITS.replicas;
  const replicas = collect(errors, parseCount('replicas', read('replicas'), min, max, def));
  const etcd = collect(errors, parseEnum('etcd', read('etcd'), ETCD_TOPOLOGIES, defaults.etcd));
  const cloud = controlPlaneCloud(errors, read('cloud'), defaults.cloud);
  // A boolean attribute, as in HTML: present (any value) means on.
  const staticPods = read('static-pods') !== null;
  if (errors.length) return fail(...errors);
  return ok({ replicas, etcd, ...(cloud === undefined ? {} : { cloud }), ...(staticPods ? { staticPods } : {}) });
}

/** `<k8s-worker-node name pods runtime oci-runtime>` → one worker, or every attribute error. */
export function workerSpec(read: AttributeReader, fallbackName: string, defaults?: Partial<WorkerSpec>): Result<WorkerSpec> {
  const errors: DiagramError[] = [];
  const name = collect(errors, parseNodeName('name', read('name'), fallbackName));
  const { min, max } = LIMITS.pods;
  const pods = collect(errors, parseCount('pods', read('pods'), min, max, defaults?.pods ?? LIMITS.pods.default));
  const runtimeRaw = read('runtime');
  const runtime = collect(errors, parseEnum('runtime', runtimeRaw, RUNTIMES, defaults?.runtime ?? 'containerd'));
  // Without its own runtime, a worker keeps the inherited OCI runtime; with one, that
  // runtime's default (CRI-O brings crun).
  const ociFallback =
    runtimeRaw === null && defaults?.ociRuntime ? defaults.ociRuntime : defaultOciRuntime(runtime ?? 'containerd');
  const ociRuntime = collect(errors, parseEnum('oci-runtime', read('oci-runtime'), OCI_RUNTIMES, ociFallback));
  if (errors.length) return fail(...errors);
  return ok({ name, pods, runtime, ociRuntime });
}

/** `<k8s-cluster …>` attributes → builder options (children are read by the element). */
export function clusterOptions(read: AttributeReader): Result<ClusterModelOptions> {
  const errors: DiagramError[] = [];
  const cp = LIMITS.replicas;
  const controlPlanes = collect(errors, parseCount('control-planes', read('control-planes'), cp.min, cp.max, cp.default));
  const w = LIMITS.workers;
  const count = collect(errors, parseCount('workers', read('workers'), w.min, w.max, w.default));
  const etcd = collect(errors, parseEnum('etcd', read('etcd'), ETCD_TOPOLOGIES, 'stacked'));
  const cloud = read('cloud') === null ? undefined : controlPlaneCloud(errors, read('cloud'), undefined);
  const addons = collect(errors, parseSet('addons', read('addons'), ADDONS));
  // pods, runtime and oci-runtime on the cluster describe every worker.
  const template = workerSpec((name) => (name === 'name' ? null : read(name)), 'worker-1');
  if (!template.ok) errors.push(...template.errors);
  if (errors.length) return fail(...errors);
  const spec = template.ok ? template.value : undefined;
  const workers: WorkerSpec[] = Array.from({ length: count }, (_, i) => ({
    name: `worker-${i + 1}`,
    pods: spec!.pods,
    runtime: spec!.runtime,
    ociRuntime: spec!.ociRuntime,
  }));
  return ok({ controlPlanes, etcd, workers, ...(cloud === undefined ? {} : { cloud }), ...(addons.length ? { addons } : {}) });
}
