import { isGroupKind, type Kind } from '../../kinds.js';
import type { Model, ModelComponent } from '../../model.js';
import { isOciBinary } from './runtime-hops.js';

/** One control plane as the built-in scenarios use it. */
export interface ControlPlaneView {
  /** The control-plane group, when the apiserver sits in one. */
  node?: string;
  apiserver: string;
  /** The etcd member this apiserver writes to: its own (stacked), or the external cluster's first. */
  etcd?: string;
  scheduler?: string;
  controllerManager?: string;
  cloudControllerManager?: string;
}

/** One worker node: its agents and the chain that turns a CRI call into a container. */
export interface WorkerView {
  node: string;
  kubelet: string;
  kubeProxy?: string;
  /** From the CRI server down to what creates containers: [containerd, shim, runc], [cri-o, conmon, crun], [containerd, kata]… */
  runtime: string[];
  /** What the Pods hang off: the shim, their parent once the OCI runtime has exited. */
  podParent?: string;
  pods: string[];
}

/**
 * What a built-in scenario needs to know about a figure, read from its model by kinds,
 * groups and edges rather than by id, so that it works on every configuration (HA, any
 * number of workers, every runtime) and on authors' own models.
 */
export interface FigureView {
  model: Model;
  kubectl?: string;
  loadBalancer?: string;
  /** The cluster group, where top-level additions (a Service) go. */
  cluster?: string;
  controlPlanes: ControlPlaneView[];
  /** The control plane whose scheduler or controller-manager leads (`active`), else the first. */
  primary?: ControlPlaneView;
  etcdMembers: string[];
  workers: WorkerView[];
  byId: ReadonlyMap<string, ModelComponent>;
}

export function viewFigure(model: Model): FigureView {
  const byId = new Map(model.components.map((c) => [c.id, c]));
  const ofKind = (kind: Kind) => model.components.filter((c) => c.kind === kind).map((c) => c.id);
  const first = (kind: Kind) => ofKind(kind)[0];
  const callers = (to: string, kind: Kind) => model.edges.filter((e) => e.to === to && byId.get(e.from)?.kind === kind).map((e) => e.from);

  const controlPlanes = ofKind('apiserver').map((apiserver): ControlPlaneView => {
    const parent = byId.get(apiserver)?.parent;
    const node = parent !== undefined && byId.get(parent)?.kind === 'control-plane' ? parent : undefined;
    const scheduler = callers(apiserver, 'scheduler')[0];
    const controllerManager = callers(apiserver, 'controller-manager')[0];
    const cloudControllerManager = callers(apiserver, 'cloud-controller-manager')[0];
    const etcd = etcdOf(model, byId, apiserver);
    return {
      apiserver,
      ...(node === undefined ? {} : { node }),
      ...(etcd === undefined ? {} : { etcd }),
      ...(scheduler === undefined ? {} : { scheduler }),
      ...(controllerManager === undefined ? {} : { controllerManager }),
      ...(cloudControllerManager === undefined ? {} : { cloudControllerManager }),
    };
  });
  const leads = (id: string | undefined) => id !== undefined && byId.get(id)?.state === 'active';
  const primary =
    controlPlanes.find((cp) => leads(cp.scheduler) || leads(cp.controllerManager)) ??
    controlPlanes.find((cp) => cp.scheduler !== undefined || cp.controllerManager !== undefined) ??
    controlPlanes[0];

  const workers: WorkerView[] = [];
  for (const node of ofKind('node')) {
    const children = model.components.filter((c) => c.parent === node);
    const kubelet = children.find((c) => c.kind === 'kubelet')?.id;
    if (kubelet === undefined) continue;
    const kubeProxy = children.find((c) => c.kind === 'kube-proxy')?.id;
    const runtime = runtimeChain(model, byId, node, kubelet);
    const pods = children.filter((c) => c.kind === 'pod').map((c) => c.id);
    // The part the figure links the Pods from; with none drawn, the shim (not an OCI runtime).
    const last = runtime.length - 1;
    const podParent =
      runtime.find((id) => model.edges.some((e) => e.from === id && pods.includes(e.to))) ??
      (last > 0 && isOciBinary(model, runtime[last]!) ? runtime[last - 1] : runtime[last]);
    workers.push({
      node,
      kubelet,
      ...(kubeProxy === undefined ? {} : { kubeProxy }),
      runtime,
      ...(podParent === undefined ? {} : { podParent }),
      pods,
    });
  }

  const kubectl = first('kubectl');
  const loadBalancer = first('load-balancer');
  const cluster = first('cluster');
  return {
    model,
    ...(kubectl === undefined ? {} : { kubectl }),
    ...(loadBalancer === undefined ? {} : { loadBalancer }),
    ...(cluster === undefined ? {} : { cluster }),
    controlPlanes,
    ...(primary === undefined ? {} : { primary }),
    etcdMembers: ofKind('etcd'),
    workers,
    byId,
  };
}

/** The member an apiserver writes to: an etcd it links to, or the first member of the etcd group it links to. */
function etcdOf(model: Model, byId: ReadonlyMap<string, ModelComponent>, apiserver: string): string | undefined {
  for (const e of model.edges) {
    if (e.from !== apiserver) continue;
    const target = byId.get(e.to);
    if (target?.kind === 'etcd') return target.id;
    if (target && isGroupKind(target.kind)) {
      const member = model.components.find((c) => c.parent === target.id && c.kind === 'etcd');
      if (member) return member.id;
    }
  }
  return undefined;
}

/**
 * Follows the calls from the kubelet down inside its node (CRI server, adapters, shim, OCI
 * runtime) to the part that creates containers, which calls nothing but Pods.
 */
function runtimeChain(model: Model, byId: ReadonlyMap<string, ModelComponent>, node: string, kubelet: string): string[] {
  const chain: string[] = [];
  const skip = new Set(['pod', 'kube-proxy', 'kernel-rules', 'cni', 'coredns', 'metrics-server']);
  for (let at = kubelet; ; ) {
    const next = model.edges.find((e) => {
      if (e.from !== at || (e.kind !== undefined && e.kind !== 'call')) return false;
      const target = byId.get(e.to);
      return target !== undefined && target.parent === node && !skip.has(target.kind) && !chain.includes(target.id);
    });
    if (!next) return chain;
    chain.push(next.to);
    at = next.to;
  }
}

/** Round-robin placement of `count` new Pods over the workers, starting with the first. */
export function spread<T>(workers: readonly T[], count: number): T[] {
  return Array.from({ length: workers.length === 0 ? 0 : count }, (_, i) => workers[i % workers.length]!);
}

/** An id not yet used in the model (or in `taken`): `base`, else `base-2`, `base-3`… */
export function freshId(view: Pick<FigureView, 'byId'>, base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; view.byId.has(id) || taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A component's name as drawn (its own label, else its id): pods and nodes are named by label. */
export function labelOf(view: Pick<FigureView, 'byId'>, id: string): string {
  const label = view.byId.get(id)?.label;
  return typeof label === 'string' ? label : (label?.en ?? id);
}
