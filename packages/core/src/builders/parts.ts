import type { ModelComponent, ModelEdge } from '../model.js';
import type { AuthorText } from '../text.js';
import type { Addon, EtcdTopology, OciRuntime, Runtime } from './options.js';

/** Collects components and edges while a builder assembles a model. */
export class ModelDraft {
  readonly components: ModelComponent[] = [];
  readonly edges: ModelEdge[] = [];

  add(component: ModelComponent): string {
    this.components.push(component);
    return component.id;
  }

  link(from: string, to: string, kind?: ModelEdge['kind']): void {
    this.edges.push(kind ? { from, to, kind } : { from, to });
  }
}

export interface ControlPlaneParts {
  replicas: number;
  etcd: EtcdTopology;
  /** Cloud provider label; undefined draws no cloud-controller-manager and no cloud box. */
  cloud?: AuthorText;
  /** Group the control plane(s), load balancer and cloud go in (the cluster), if any. */
  parent?: string;
  /**
   * Draw each node's kubelet running the control plane as static Pods (kubeadm: manifests
   * in /etc/kubernetes/manifests, started through the container runtime, not drawn).
   */
  staticPods?: boolean;
}

const STATIC_PODS_KUBELET = { en: 'kubelet (static Pods)', fr: 'kubelet (Pods statiques)' };

const inParent = (parent: string | undefined) => (parent === undefined ? {} : { parent });

/**
 * Adds one control plane, or `replicas` of them behind a load balancer, and returns the id
 * that clients (kubectl, kubelets, kube-proxies) connect to.
 */
export function addControlPlanes(draft: ModelDraft, parts: ControlPlaneParts): string {
  const { replicas, etcd, cloud, parent, staticPods } = parts;
  const cloudId = cloud === undefined ? undefined : 'cloud';
  const ha = replicas > 1;
  const suffix = (i: number) => (ha ? `-${i}` : '');

  const entry = ha
    ? draft.add({ id: 'lb', kind: 'load-balancer', ...inParent(parent) })
    : 'apiserver';

  // A stacked etcd has one member per node: with an even count, say what its quorum costs
  // (4 members tolerate one failure, as 3 do).
  const quorum = Math.floor(replicas / 2) + 1;
  const evenNote = replicas % 2 === 0 ? { label: { en: `etcd (quorum ${quorum} of ${replicas})`, fr: `etcd (quorum ${quorum} sur ${replicas})` } } : {};
  let etcdGroup: string | undefined;
  if (etcd === 'external') {
    etcdGroup = draft.add({
      id: 'etcd-cluster',
      kind: 'layer',
      label: { en: 'External etcd cluster', fr: 'Cluster etcd externe' },
      ...inParent(parent),
    });
  }

  for (let i = 1; i <= replicas; i++) {
    const s = suffix(i);
    const node = draft.add({
      id: `control-plane${s}`,
      kind: 'control-plane',
      ...(ha ? { label: { en: `Control-plane node ${i}`, fr: `Nœud du plan de contrôle ${i}` } } : {}),
      ...inParent(parent),
    });
    // Only the elected leader of each controller acts; the others wait on the Lease.
    const election = ha ? { state: i === 1 ? ('active' as const) : ('standby' as const) } : {};
    const api = draft.add({ id: `apiserver${s}`, kind: 'apiserver', parent: node });
    if (ha) draft.link(entry, api);
    if (etcd === 'stacked') {
      draft.add({ id: `etcd${s}`, kind: 'etcd', ...evenNote, parent: node });
      draft.link(api, `etcd${s}`);
    } else if (etcdGroup) {
      draft.link(api, etcdGroup);
    }
    draft.add({ id: `scheduler${s}`, kind: 'scheduler', parent: node, ...election });
    draft.link(`scheduler${s}`, api);
    draft.add({ id: `controller-manager${s}`, kind: 'controller-manager', parent: node, ...election });
    draft.link(`controller-manager${s}`, api);
    if (cloudId) {
      draft.add({ id: `cloud-controller-manager${s}`, kind: 'cloud-controller-manager', parent: node, ...election });
      draft.link(`cloud-controller-manager${s}`, api);
    }
    if (staticPods) {
      // kubeadm: the kubelet starts the control plane from /etc/kubernetes/manifests as
      // static Pods, through the node's runtime, and reports them (mirror Pods) and the node
      // to the API like any kubelet. No link to etcd: only the API server talks to etcd.
      const kubelet = draft.add({ id: `kubelet${s}`, kind: 'kubelet', label: STATIC_PODS_KUBELET, parent: node });
      draft.link(kubelet, entry);
      draft.link(kubelet, draft.add({ id: `containerd${s}`, kind: 'containerd', parent: node }));
    }
  }

  if (etcdGroup) {
    const members = externalEtcdMembers(replicas);
    for (let i = 1; i <= members; i++) draft.add({ id: `etcd-${i}`, kind: 'etcd', label: `etcd-${i}`, parent: etcdGroup });
    addRaftPeers(draft, Array.from({ length: members }, (_, i) => `etcd-${i + 1}`));
  } else if (ha) {
    addRaftPeers(draft, Array.from({ length: replicas }, (_, i) => `etcd-${i + 1}`));
  }

  if (cloudId && cloud !== undefined) {
    draft.add({ id: cloudId, kind: 'cloud', ...(cloud === '' ? {} : { label: cloud }) });
    for (let i = 1; i <= replicas; i++) draft.link(`cloud-controller-manager${suffix(i)}`, cloudId);
  }
  return entry;
}

/** An etcd cluster wants an odd number of members, at least three when it has its own hosts. */
export function externalEtcdMembers(replicas: number): number {
  const odd = replicas % 2 === 1 ? replicas : replicas + 1;
  return Math.min(7, Math.max(3, odd));
}

function addRaftPeers(draft: ModelDraft, members: string[]): void {
  for (let i = 0; i < members.length; i++)
    for (let j = i + 1; j < members.length; j++) draft.link(members[i]!, members[j]!, 'peer');
}

export interface WorkerParts {
  name: string;
  pods: number;
  runtime: Runtime;
  ociRuntime: OciRuntime;
  /** Draw the pods as one box with a count badge. */
  collapsePods: boolean;
  parent?: string;
  /** The id kubelet and kube-proxy call (the apiserver, or the load balancer in HA). */
  apiEntry: string;
  /** Draw the CNI plugin, which the CRI server calls to give each Pod sandbox its network. */
  cni?: boolean;
}

/** The parts of a worker that add-ons attach to. */
export interface AddedWorker {
  node: string;
  kubelet: string;
  /** What the node's Pods hang off: the shim (Kata's or gVisor's own). */
  podParent: string;
}

/** Adds one worker node: kubelet, kube-proxy, runtime → shim → OCI runtime, and the shim's pods. */
export function addWorker(draft: ModelDraft, parts: WorkerParts): AddedWorker {
  const { name, pods, runtime, ociRuntime, collapsePods, parent, apiEntry, cni } = parts;
  const node = draft.add({ id: name, kind: 'node', label: name, ...inParent(parent) });
  const id = (part: string) => `${name}.${part}`;
  const kubelet = draft.add({ id: id('kubelet'), kind: 'kubelet', parent: node });
  const proxy = draft.add({ id: id('kube-proxy'), kind: 'kube-proxy', parent: node });
  draft.link(kubelet, apiEntry);
  draft.link(proxy, apiEntry);

  // The kubelet is the CRI client; cri-dockerd adapts the CRI to Docker Engine.
  const criServer = draft.add({ id: id(runtime), kind: runtime, parent: node });
  draft.link(kubelet, criServer);
  let containerManager = criServer;
  if (runtime === 'cri-dockerd') {
    const dockerd = draft.add({ id: id('dockerd'), kind: 'dockerd', parent: node });
    containerManager = draft.add({ id: id('containerd'), kind: 'containerd', parent: node });
    draft.link(criServer, dockerd);
    draft.link(dockerd, containerManager);
  }

  // Kata and gVisor replace the runc shim with their own; runc-compatible binaries run under
  // it and exit once the container runs, so the Pods hang off the shim, their parent.
  const own = ociRuntime === 'kata' || ociRuntime === 'gvisor';
  const shim = draft.add({
    id: id(own ? ociRuntime : 'shim'),
    kind: own ? ociRuntime : 'shim',
    label: ociRuntime === 'kata' ? 'containerd-shim-kata-v2' : own ? 'containerd-shim-runsc-v1' : runtime === 'cri-o' ? 'conmon' : 'containerd-shim-runc-v2',
    parent: node,
  });
  draft.link(containerManager, shim);
  // The CRI server (cri-dockerd too) calls the CNI plugin to give each Pod sandbox its network.
  if (cni) draft.link(criServer, draft.add({ id: id('cni'), kind: 'cni', parent: node }));

  if (collapsePods && pods > 0) draft.link(shim, draft.add({ id: id('pods'), kind: 'pod', label: `${pods} Pods`, count: pods, parent: node }));
  else for (let i = 1; i <= pods; i++) draft.link(shim, draft.add({ id: id(`pod-${i}`), kind: 'pod', label: `pod-${i}`, parent: node }));
  // The OCI runtime, linked last: the layout draws it beside its shim, the Pods below.
  if (!own) draft.link(shim, draft.add({ id: id(ociRuntime), kind: ociRuntime, parent: node }));
  return { node, kubelet, podParent: shim };
}

/** CoreDNS replicas (kubeadm's default), one per worker while there are enough. */
const COREDNS_REPLICAS = 2;

/**
 * `addons`: CoreDNS Pods behind the kube-dns Service (a virtual IP: the nodes' rules lead
 * to the Pods, so the links are indirect), watching the API; metrics-server, a Pod the API
 * servers proxy metrics.k8s.io to (the aggregation layer), scraping every kubelet.
 * `scrape` false leaves out the kubelet links (a large cluster would draw hundreds).
 */
export function addAddons(
  draft: ModelDraft,
  addons: readonly Addon[],
  parts: { workers: readonly AddedWorker[]; apiEntry: string; apiservers: readonly string[]; parent?: string; scrape: boolean },
): void {
  const { workers, apiEntry, apiservers, parent, scrape } = parts;
  if (workers.length === 0) return;
  if (addons.includes('coredns')) {
    const service = draft.add({ id: 'kube-dns', kind: 'service', label: 'kube-dns', ...inParent(parent) });
    workers.slice(0, COREDNS_REPLICAS).forEach((w, i) => {
      const pod = draft.add({ id: `${w.node}.coredns`, kind: 'coredns', ...(workers.length > 1 ? { label: `coredns-${i + 1}` } : {}), parent: w.node });
      draft.link(w.podParent, pod);
      draft.link(service, pod, 'indirect');
      draft.link(pod, apiEntry);
    });
  }
  if (addons.includes('metrics-server')) {
    const w = workers[workers.length - 1]!;
    const pod = draft.add({ id: `${w.node}.metrics-server`, kind: 'metrics-server', parent: w.node });
    draft.link(w.podParent, pod);
    for (const api of apiservers) draft.link(api, pod);
    if (scrape) for (const k of workers) draft.link(pod, k.kubelet);
  }
}
