import type { Result } from '../errors.js';
import type { ComponentKind, ComponentState } from '../kinds.js';
import type { Model, ModelComponent, ModelEdge } from '../model.js';
import type { AuthorText } from '../text.js';
import { readObjects, type LeaseInfo, type NodeInfo, type PodInfo } from './objects.js';
import { countsText, fail, isRecord, ok, SNAPSHOT_DETAIL, snapshotError, str, warning, type KubernetesWarning } from './problems.js';
import { parseRuntime, type RuntimeInfo } from './runtime.js';

export interface SnapshotOptions {
  /** Only the Pods of these namespaces are drawn: `'default,shop'` or a list. Absent or empty: all. */
  namespaces?: string | readonly string[] | null;
}

/** How the control plane was found in the snapshot. */
export type ControlPlaneSource =
  /** kubeadm-style static Pods (`kube-apiserver-<node>`, `etcd-<node>`…) in kube-system. */
  | 'static-pods'
  /** No control-plane Pod and no control-plane node: a managed service runs it out of sight. */
  | 'managed'
  /** k3s/k3d: the server node runs the whole control plane in one process (no Pods). */
  | 'k3s'
  /** Control-plane nodes whose components the snapshot does not show: drawn as kubeadm would run them. */
  | 'assumed';

export interface SnapshotNode {
  name: string;
  /** The node's group id in the model. */
  id: string;
  roles: string[];
  controlPlane: boolean;
  kubeletVersion?: string;
  runtime: RuntimeInfo;
  kubeProxy: boolean;
  /** The CNI agent found on the node (Cilium, Calico…). */
  cni?: string;
  /** Pods drawn on it (after the namespace filter), components' own Pods aside. */
  pods: number;
  addresses: string[];
}

/** The cluster model built from a snapshot, with what was found, skipped or guessed. */
export interface KubernetesModel {
  model: Model;
  controlPlane: ControlPlaneSource;
  nodes: SnapshotNode[];
  pods: {
    /** Every Pod in the snapshot. */
    total: number;
    /** Drawn (one by one or in counts). */
    drawn: number;
    /** Left out by the namespace filter. */
    filteredOut: number;
    /** Drawn as not yet scheduled (no `spec.nodeName`). */
    unscheduled: number;
    byState: Partial<Record<ComponentState, number>>;
  };
  /** Pods drawn as counts (above 10 nodes or 6 Pods on a node). */
  collapsed: boolean;
  /** Objects not used, by kind. */
  skipped: Record<string, number>;
  warnings: KubernetesWarning[];
}

type ControlPart = Extract<ComponentKind, 'apiserver' | 'etcd' | 'scheduler' | 'controller-manager' | 'cloud-controller-manager'>;

/** Static Pod names (`<name>-<node>`) and `component` labels of the control plane. */
const CONTROL_PODS: ReadonlyArray<[string, ControlPart]> = [
  ['kube-apiserver', 'apiserver'],
  ['etcd', 'etcd'],
  ['kube-scheduler', 'scheduler'],
  ['kube-controller-manager', 'controller-manager'],
  ['cloud-controller-manager', 'cloud-controller-manager'],
];
const PART_ORDER: readonly ControlPart[] = ['apiserver', 'etcd', 'scheduler', 'controller-manager', 'cloud-controller-manager'];

/** Node agents of known CNI plugins, by DaemonSet name (or `k8s-app`/`app` label). */
const CNI_AGENTS: ReadonlyArray<[RegExp, string]> = [
  [/^cilium$/, 'Cilium'],
  [/^calico-node$/, 'Calico'],
  [/^(kube-)?flannel(-ds)?$/, 'Flannel'],
  [/^canal$/, 'Canal'],
  [/^weave-net$/, 'Weave Net'],
  [/^kindnet$/, 'kindnet'],
  [/^aws-node$/, 'Amazon VPC CNI'],
  [/^antrea-agent$/, 'Antrea'],
  [/^kube-router$/, 'kube-router'],
];

const RESERVED_IDS = new Set(['kubectl', 'cluster', 'lb', 'control-plane', 'apiserver', 'etcd-cluster', 'cloud', 'unscheduled']);
const STATE_ORDER: readonly ComponentState[] = ['running', 'pending', 'terminating', 'unknown', 'failed', 'succeeded'];

function controlPart(pod: PodInfo): ControlPart | undefined {
  if (pod.namespace !== 'kube-system') return undefined;
  const label = pod.labels.component ?? pod.labels['k8s-app'];
  for (const [name, part] of CONTROL_PODS) {
    if (label === name) return part;
    if (pod.nodeName && pod.name === `${name}-${pod.nodeName}`) return part;
    if (pod.mirror && pod.name.startsWith(`${name}-`)) return part;
  }
  return undefined;
}

const daemonSet = (pod: PodInfo) => (pod.owner?.kind === 'DaemonSet' ? pod.owner.name : undefined);

function isKubeProxy(pod: PodInfo): boolean {
  return daemonSet(pod) === 'kube-proxy' || pod.labels['k8s-app'] === 'kube-proxy' || (pod.namespace === 'kube-system' && /^kube-proxy-[a-z0-9]+$/.test(pod.name) && pod.owner?.kind !== 'Deployment');
}

function cniOf(pod: PodInfo): string | undefined {
  const names = [daemonSet(pod), pod.labels['k8s-app'], pod.labels.app, pod.labels['app.kubernetes.io/name']];
  for (const name of names) {
    if (!name) continue;
    for (const [pattern, label] of CNI_AGENTS) if (pattern.test(name)) return label;
  }
  return undefined;
}

/** The managed service or cloud the nodes run on, from their provider ids and labels. */
function providerOf(nodes: readonly NodeInfo[]): string | undefined {
  for (const n of nodes) {
    const labels = Object.keys(n.labels);
    const has = (prefix: string) => labels.some((l) => l.startsWith(prefix));
    const scheme = /^([a-z]+):/.exec(n.providerId ?? '')?.[1];
    if (has('eks.amazonaws.com/')) return 'EKS';
    if (has('cloud.google.com/gke-')) return 'GKE';
    if (has('kubernetes.azure.com/')) return 'AKS';
    if (has('doks.digitalocean.com/')) return 'DOKS';
    const byScheme: Record<string, string> = { aws: 'AWS', gce: 'Google Cloud', azure: 'Azure', digitalocean: 'DigitalOcean', openstack: 'OpenStack', linode: 'Linode', scaleway: 'Scaleway', hcloud: 'Hetzner Cloud' };
    if (scheme && byScheme[scheme]) return byScheme[scheme];
  }
  return undefined;
}

function namespaceFilter(option: SnapshotOptions['namespaces']): Set<string> | undefined {
  if (option === undefined || option === null) return undefined;
  const list = (typeof option === 'string' ? option.split(',') : [...option]).map((n) => String(n).trim()).filter((n) => n !== '');
  return list.length ? new Set(list) : undefined;
}

/** Hosts named by a kube-apiserver's `--etcd-servers` flag. */
function etcdServers(pod: PodInfo | undefined): string[] {
  for (const command of pod?.commands ?? [])
    for (const arg of command) {
      const m = /^--etcd-servers=(.+)$/.exec(arg);
      if (m)
        return m[1]!
          .split(',')
          .map((url) => url.trim().replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '').replace(/:2379$/, ''))
          .filter((h) => h !== '');
    }
  return [];
}

const RUNTIME_NAMES: Record<RuntimeInfo['kind'], string> = { containerd: 'containerd', 'cri-o': 'CRI-O', 'cri-dockerd': 'cri-dockerd', cri: 'container runtime' };

/**
 * Builds the cluster figure from a snapshot: what `kubectl get nodes,pods -A -o json` (or
 * `-o yaml`) prints, as parsed data: a List, a NodeList and a PodList, several of them in
 * an array, or single objects. The control plane comes from kubeadm's static Pods (or the
 * control-plane role label): several control-plane nodes give the HA figure behind a load
 * balancer; no etcd Pod means external etcd; no control-plane Pod and no control-plane node
 * is a managed service drawn as one box; k3s servers (a `+k3s` kubelet) run it embedded in
 * one process. Each node keeps its real name and roles, its kubelet version, kube-proxy (or
 * the CNI that replaces it), its runtime and version; each Pod sits on its node in its
 * state, unscheduled ones wait outside the nodes. Unknown objects are counted, odd fields
 * ignored: only input with no Node and no Pod at all is an error (`invalid-snapshot`).
 */
export function modelFromKubernetes(objects: unknown, options: SnapshotOptions = {}): Result<KubernetesModel> {
  if (!Array.isArray(objects) && !isRecord(objects))
    return fail(
      snapshotError(
        '',
        'expected what `kubectl get nodes,pods -A -o json` prints (a List of Nodes and Pods).',
        'ce qu’affiche `kubectl get nodes,pods -A -o json` est attendu (une List de Nodes et de Pods).',
      ),
    );
  const read = readObjects(objects);
  if (read.nodes.length === 0 && read.pods.length === 0) {
    const audit = isRecord(objects) && /^audit\.k8s\.io\//.test(str(objects.apiVersion) ?? '');
    const found = read.skipped.size ? countsText(read.skipped) : 'nothing';
    if (audit)
      return fail(snapshotError('', 'this is an audit log, not a snapshot: give it as the audit log (audit-src).', 'ceci est un journal d’audit, pas un instantané : donnez-le comme journal d’audit (audit-src).'));
    return fail(
      snapshotError(
        '',
        `it has no Node and no Pod (found ${found}). Run \`kubectl get nodes,pods -A -o json\`.`,
        `il ne contient ni Node ni Pod (trouvé : ${found === 'nothing' ? 'rien' : found}). Lancez \`kubectl get nodes,pods -A -o json\`.`,
      ),
    );
  }
  return ok(new SnapshotBuilder(read.nodes, read.pods, read.leases, namespaceFilter(options.namespaces), read.warnings, read.skipped).build());
}

interface NodePlan {
  node: NodeInfo;
  id: string;
  controlPlane: boolean;
  parts: Map<ControlPart, PodInfo>;
  kubeProxy: boolean;
  cni?: string;
  pods: PodInfo[];
  runtime: RuntimeInfo;
  k3s: boolean;
}

/** Collects the model's components and edges. */
class ModelDraft {
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

class SnapshotBuilder {
  private readonly draft = new ModelDraft();
  private readonly plans = new Map<string, NodePlan>();
  private readonly unscheduled: PodInfo[] = [];
  private filteredOut = 0;
  private readonly byState: Partial<Record<ComponentState, number>> = {};

  constructor(
    private readonly nodes: NodeInfo[],
    private readonly pods: PodInfo[],
    private readonly leases: LeaseInfo[],
    private readonly namespaces: Set<string> | undefined,
    private readonly warnings: KubernetesWarning[],
    private readonly skipped: Map<string, number>,
  ) {}

  build(): KubernetesModel {
    this.plan();
    const source = this.controlPlaneSource();
    const plans = [...this.plans.values()];
    const cpPlans = plans.filter((p) => p.controlPlane);
    const workers = plans.filter((p) => !p.controlPlane);
    const drawnNodes = plans.filter((p) => p.pods.length > 0 || !p.controlPlane);
    const collapsed = !(drawnNodes.length <= SNAPSHOT_DETAIL.maxNodes && plans.every((p) => p.pods.length <= SNAPSHOT_DETAIL.maxPodsPerNode) && this.unscheduled.length <= SNAPSHOT_DETAIL.maxPodsPerNode);

    const d = this.draft;
    d.add({ id: 'kubectl', kind: 'kubectl' });
    d.add({ id: 'cluster', kind: 'cluster' });
    const entry = this.addControlPlane(source, cpPlans);
    d.link('kubectl', entry);
    for (const plan of cpPlans) this.addAgents(plan, entry, collapsed, plan.pods.length > 0);
    for (const plan of workers) {
      d.add({ id: plan.id, kind: 'node', label: this.nodeLabel(plan.node), parent: 'cluster', ...nodeState(plan.node) });
      this.addAgents(plan, entry, collapsed, true);
    }
    if (this.unscheduled.length) {
      d.add({ id: 'unscheduled', kind: 'layer', label: { en: 'Not scheduled yet', fr: 'Pas encore planifiés' }, parent: 'cluster' });
      this.addPods('unscheduled', 'unscheduled', this.unscheduled, collapsed, undefined);
    }

    const drawn = plans.reduce((n, p) => n + p.pods.length, 0) + this.unscheduled.length;
    return {
      model: { components: d.components, edges: d.edges },
      controlPlane: source,
      nodes: plans.map((p) => ({
        name: p.node.name,
        id: p.id,
        roles: p.node.roles,
        controlPlane: p.controlPlane,
        ...(p.node.kubeletVersion ? { kubeletVersion: p.node.kubeletVersion } : {}),
        runtime: p.runtime,
        kubeProxy: p.kubeProxy,
        ...(p.cni ? { cni: p.cni } : {}),
        pods: p.pods.length,
        addresses: p.node.addresses,
      })),
      pods: { total: this.pods.length, drawn, filteredOut: this.filteredOut, unscheduled: this.unscheduled.length, byState: this.byState },
      collapsed,
      skipped: Object.fromEntries(this.skipped),
      warnings: this.warnings,
    };
  }

  private warn(path: string, en: string, fr: string): void {
    if (this.warnings.length < 50) this.warnings.push(warning(path, en, fr));
  }

  /** Which node each Pod belongs to, and what it is: a control-plane part, kube-proxy, a CNI agent, or a Pod to draw. */
  private plan(): void {
    const taken = new Set<string>();
    const addPlan = (node: NodeInfo): NodePlan => {
      let id = RESERVED_IDS.has(node.name) || /^etcd-\d+$/.test(node.name) || node.name.includes('->') ? `node:${node.name}` : node.name;
      while (taken.has(id)) id = `${id}'`;
      taken.add(id);
      const k3s = /\+k3s/.test(node.kubeletVersion ?? '') || node.labels['node.kubernetes.io/instance-type'] === 'k3s';
      const runtime = parseRuntime(node.containerRuntimeVersion);
      if (runtime.kind === 'cri')
        this.warn(
          `Node ${node.name}`,
          node.containerRuntimeVersion ? `runtime “${node.containerRuntimeVersion}” is not one we know; drawn as a CRI runtime.` : 'it does not say which container runtime it runs; drawn as a CRI runtime.',
          node.containerRuntimeVersion ? `le runtime « ${node.containerRuntimeVersion} » nous est inconnu ; dessiné comme un runtime CRI.` : 'il ne dit pas quel runtime de conteneurs il utilise ; dessiné comme un runtime CRI.',
        );
      const plan: NodePlan = { node, id, controlPlane: false, parts: new Map(), kubeProxy: false, pods: [], runtime, k3s };
      this.plans.set(node.name, plan);
      return plan;
    };
    for (const node of this.nodes) addPlan(node);

    const missing = new Set<string>();
    let anyKubeProxy = false;
    let anySystem = false;
    for (const pod of this.pods) {
      if (pod.namespace === 'kube-system') anySystem = true;
      let plan = pod.nodeName ? this.plans.get(pod.nodeName) : undefined;
      if (pod.nodeName && !plan) {
        missing.add(pod.nodeName);
        plan = addPlan({ name: pod.nodeName, labels: {}, roles: [], unschedulable: false, addresses: [], inferred: true });
      }
      const part = controlPart(pod);
      if (part && plan) {
        plan.parts.set(part, pod);
        continue;
      }
      if (isKubeProxy(pod)) {
        anyKubeProxy = true;
        if (plan) plan.kubeProxy = true;
        continue;
      }
      const cni = cniOf(pod);
      if (cni && plan) {
        plan.cni = cni;
        continue;
      }
      if (this.namespaces && !this.namespaces.has(pod.namespace)) {
        this.filteredOut++;
        continue;
      }
      this.byState[pod.state] = (this.byState[pod.state] ?? 0) + 1;
      if (plan) plan.pods.push(pod);
      else this.unscheduled.push(pod);
    }
    if (missing.size)
      this.warn(
        'nodes',
        `Pods run on ${missing.size} node(s) the snapshot has no Node object for (${[...missing].slice(0, 3).join(', ')}${missing.size > 3 ? '…' : ''}); drawn from the Pods alone.`,
        `des Pods tournent sur ${missing.size} nœud(s) sans objet Node dans l’instantané (${[...missing].slice(0, 3).join(', ')}${missing.size > 3 ? '…' : ''}) ; dessinés d’après les Pods seuls.`,
      );

    // kube-proxy: where its Pods are; none at all while other kube-system Pods are there
    // means a CNI replaces it (Cilium); k3s runs it inside its own process; a snapshot
    // without kube-system Pods cannot tell, so it is drawn everywhere, with a warning.
    const assumeProxy = !anyKubeProxy && !anySystem;
    if (assumeProxy && this.pods.length === 0)
      this.warn('pods', 'the snapshot has no Pods: kube-proxy is drawn on every node, as most clusters run it.', 'l’instantané n’a pas de Pods : kube-proxy est dessiné sur chaque nœud, comme dans la plupart des clusters.');
    for (const plan of this.plans.values()) {
      if (plan.k3s && !anyKubeProxy) plan.kubeProxy = true;
      if (assumeProxy) plan.kubeProxy = true;
      const roleCp = plan.node.roles.includes('control-plane') || plan.node.roles.includes('master');
      plan.controlPlane = roleCp || plan.parts.has('apiserver') || plan.parts.has('scheduler') || plan.parts.has('controller-manager');
    }
  }

  private controlPlaneSource(): ControlPlaneSource {
    const plans = [...this.plans.values()];
    if (plans.some((p) => p.parts.size > 0)) return 'static-pods';
    const cp = plans.filter((p) => p.controlPlane);
    if (cp.length === 0) return 'managed';
    if (cp.some((p) => p.k3s)) return 'k3s';
    this.warn(
      'control plane',
      'the snapshot shows control-plane nodes but no control-plane Pods: their components are drawn as kubeadm runs them (stacked etcd).',
      'l’instantané montre des nœuds du plan de contrôle mais aucun de ses Pods : leurs composants sont dessinés comme kubeadm les lance (etcd empilé).',
    );
    return 'assumed';
  }

  private nodeLabel(node: NodeInfo): AuthorText {
    const roles = node.roles.length ? ` · ${node.roles.join(', ')}` : '';
    if (!node.unschedulable) return `${node.name}${roles}`;
    return { en: `${node.name}${roles} · cordoned`, fr: `${node.name}${roles} · isolé` };
  }

  /** Adds the control plane and returns the id every client connects to. */
  private addControlPlane(source: ControlPlaneSource, cpPlans: NodePlan[]): string {
    const d = this.draft;
    if (source === 'managed') {
      const provider = providerOf(this.nodes);
      d.add({
        id: 'control-plane',
        kind: 'control-plane',
        label: provider
          ? { en: `Managed control plane (${provider})`, fr: `Plan de contrôle géré (${provider})` }
          : { en: 'Managed control plane', fr: 'Plan de contrôle géré' },
        parent: 'cluster',
      });
      d.add({ id: 'apiserver', kind: 'apiserver', parent: 'control-plane' });
      return 'apiserver';
    }

    // Which parts each control-plane node runs.
    const partsOf = (plan: NodePlan): ControlPart[] => {
      if (source === 'static-pods') return PART_ORDER.filter((p) => plan.parts.has(p));
      if (source === 'k3s') return plan.k3s ? ['apiserver', 'etcd', 'scheduler', 'controller-manager'] : [];
      return ['apiserver', 'etcd', 'scheduler', 'controller-manager'];
    };
    const apiservers = cpPlans.filter((p) => partsOf(p).includes('apiserver'));
    const ha = apiservers.length > 1;
    const entry = ha ? d.add({ id: 'lb', kind: 'load-balancer', parent: 'cluster' }) : apiservers[0] ? `${apiservers[0].id}.apiserver` : 'apiserver';
    if (apiservers.length === 0) {
      // Control-plane nodes without an API server of their own (etcd only, say): clients still need one.
      this.warn('control plane', 'no kube-apiserver was found; one is drawn for the clients.', 'aucun kube-apiserver trouvé ; un est dessiné pour les clients.');
      d.add({ id: 'apiserver', kind: 'apiserver', parent: 'cluster' });
    }

    const anyEtcd = cpPlans.some((p) => partsOf(p).includes('etcd'));
    let external: string[] | undefined;
    if (!anyEtcd) {
      const hosts = etcdServers(apiservers[0]?.parts.get('apiserver'));
      external = hosts.length ? hosts : [''];
      d.add({ id: 'etcd-cluster', kind: 'layer', label: { en: 'External etcd cluster', fr: 'Cluster etcd externe' }, parent: 'cluster' });
      external.forEach((host, i) => d.add({ id: `etcd-${i + 1}`, kind: 'etcd', label: host ? `etcd ${host}` : { en: 'etcd (external)', fr: 'etcd (externe)' }, parent: 'etcd-cluster' }));
    }

    const leader = (name: string) => this.leases.find((l) => l.namespace === 'kube-system' && l.name === name)?.holder;
    const election = (plan: NodePlan, lease: string) => {
      const holder = leader(lease);
      if (!ha || !holder) return {};
      return { state: holder === plan.node.name || holder.startsWith(`${plan.node.name}_`) ? ('active' as const) : ('standby' as const) };
    };

    const etcdMembers: string[] = [];
    let cloud = false;
    for (const plan of cpPlans) {
      d.add({ id: plan.id, kind: 'control-plane', label: this.nodeLabel(plan.node), parent: 'cluster', ...nodeState(plan.node) });
      const parts = partsOf(plan);
      let home = plan.id;
      if (source === 'k3s' && plan.k3s) home = d.add({ id: `${plan.id}.k3s`, kind: 'layer', label: { en: 'k3s server (one process)', fr: 'serveur k3s (un seul processus)' }, parent: plan.id });
      const id = (part: string) => `${plan.id}.${part}`;
      const api = parts.includes('apiserver') ? d.add({ id: id('apiserver'), kind: 'apiserver', parent: home }) : undefined;
      if (api && ha) d.link(entry, api);
      if (parts.includes('etcd')) {
        const embedded = source === 'k3s';
        const sqlite = embedded && !plan.node.roles.includes('etcd');
        const etcd = d.add({
          id: id('etcd'),
          kind: 'etcd',
          ...(sqlite ? { label: { en: 'kine (SQLite)', fr: 'kine (SQLite)' } } : embedded ? { label: { en: 'etcd (embedded)', fr: 'etcd (intégré)' } } : {}),
          parent: home,
        });
        etcdMembers.push(etcd);
        if (api) d.link(api, etcd);
      } else if (api && external) d.link(api, 'etcd-cluster');
      const local = api ?? entry;
      if (parts.includes('scheduler')) {
        d.add({ id: id('scheduler'), kind: 'scheduler', parent: home, ...election(plan, 'kube-scheduler') });
        d.link(id('scheduler'), local);
      }
      if (parts.includes('controller-manager')) {
        d.add({ id: id('controller-manager'), kind: 'controller-manager', parent: home, ...election(plan, 'kube-controller-manager') });
        d.link(id('controller-manager'), local);
      }
      if (parts.includes('cloud-controller-manager')) {
        d.add({ id: id('cloud-controller-manager'), kind: 'cloud-controller-manager', parent: home, ...election(plan, 'cloud-controller-manager') });
        d.link(id('cloud-controller-manager'), local);
        cloud = true;
      }
    }
    // An apiserver on a node without etcd writes to the first member found elsewhere.
    for (const plan of cpPlans) {
      const api = `${plan.id}.apiserver`;
      if (!d.components.some((c) => c.id === api) || d.edges.some((e) => e.from === api && (e.to.endsWith('.etcd') || e.to === 'etcd-cluster'))) continue;
      if (etcdMembers[0]) d.link(api, etcdMembers[0]);
    }
    const members = external ? external.map((_, i) => `etcd-${i + 1}`) : etcdMembers;
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) d.link(members[i]!, members[j]!, 'peer');
    if (cloud) {
      const provider = providerOf(this.nodes);
      d.add({ id: 'cloud', kind: 'cloud', ...(provider ? { label: provider } : {}) });
      for (const c of d.components) if (c.kind === 'cloud-controller-manager') d.link(c.id, 'cloud');
    }
    return entry;
  }

  /** A node's kubelet, kube-proxy, CNI agent, runtime chain and Pods. */
  private addAgents(plan: NodePlan, entry: string, collapsed: boolean, chain: boolean): void {
    const d = this.draft;
    const { id: node, runtime } = plan;
    const id = (part: string) => `${node}.${part}`;
    const version = plan.node.kubeletVersion;
    d.add({ id: id('kubelet'), kind: 'kubelet', ...(version ? { label: `kubelet ${version}` } : {}), parent: node });
    d.link(id('kubelet'), entry);
    if (plan.kubeProxy) {
      d.add({ id: id('kube-proxy'), kind: 'kube-proxy', ...(plan.k3s ? { label: { en: 'kube-proxy (in k3s)', fr: 'kube-proxy (dans k3s)' } } : {}), parent: node });
      d.link(id('kube-proxy'), entry);
    }
    const name = runtime.kind === 'cri' ? runtime.raw || RUNTIME_NAMES.cri : RUNTIME_NAMES[runtime.kind];
    const criLabel = runtime.kind === 'cri-dockerd' || !runtime.version || runtime.kind === 'cri' ? name : `${name} ${runtime.version}`;
    const cri = d.add({ id: id(runtime.kind), kind: runtime.kind, label: criLabel, parent: node });
    d.link(id('kubelet'), cri);
    let creator = cri;
    if (chain && runtime.kind !== 'cri') {
      let manager = cri;
      if (runtime.kind === 'cri-dockerd') {
        const dockerd = d.add({ id: id('dockerd'), kind: 'dockerd', label: runtime.version ? `dockerd ${runtime.version}` : 'dockerd', parent: node });
        manager = d.add({ id: id('containerd'), kind: 'containerd', parent: node });
        d.link(cri, dockerd);
        d.link(dockerd, manager);
      }
      const shim = d.add({ id: id('shim'), kind: 'shim', label: runtime.kind === 'cri-o' ? 'conmon' : 'containerd-shim-runc-v2', parent: node });
      d.link(manager, shim);
      creator = d.add({ id: id(runtime.oci), kind: runtime.oci, parent: node });
      d.link(shim, creator);
    }
    if (plan.cni) {
      const replaces = !plan.kubeProxy && plan.cni === 'Cilium';
      d.add({
        id: id('cni'),
        kind: 'cni',
        label: replaces ? { en: `${plan.cni} (replaces kube-proxy)`, fr: `${plan.cni} (remplace kube-proxy)` } : plan.cni,
        parent: node,
      });
      d.link(cri, id('cni'));
    }
    if (chain) this.addPods(node, node, plan.pods, collapsed, creator);
  }

  /** Pods one by one (workloads first, then system and DaemonSet Pods), or in counts per state. */
  private addPods(group: string, prefix: string, pods: PodInfo[], collapsed: boolean, creator: string | undefined): void {
    const d = this.draft;
    const system = (p: PodInfo) => p.namespace === 'kube-system' || p.owner?.kind === 'DaemonSet' || p.mirror;
    const ordered = [...pods.filter((p) => !system(p)), ...pods.filter(system)];
    if (!collapsed) {
      for (const pod of ordered) {
        const podId = d.add({ id: `pod:${pod.namespace}/${pod.name}`, kind: 'pod', label: podLabel(pod, system(pod)), state: pod.state, parent: group });
        if (creator) d.link(creator, podId);
      }
      return;
    }
    for (const sys of [false, true])
      for (const state of STATE_ORDER) {
        const n = ordered.filter((p) => system(p) === sys && p.state === state).length;
        if (n === 0) continue;
        const boxId = d.add({
          id: `${prefix}.${sys ? 'system-pods' : 'pods'}.${state}`,
          kind: 'pod',
          label: sys ? { en: `${n} system Pods`, fr: `${n} Pods système` } : `${n} Pods`,
          count: n,
          state,
          parent: group,
        });
        if (creator) d.link(creator, boxId);
      }
  }
}

function nodeState(node: NodeInfo): { state?: ComponentState } {
  if (node.ready === 'False') return { state: 'down' };
  if (node.ready === 'Unknown') return { state: 'unknown' };
  return {};
}

/** `shop/nginx-7c5-x8k2p`; DaemonSet and system Pods say so. */
function podLabel(pod: PodInfo, system: boolean): AuthorText {
  const name = `${pod.namespace}/${pod.name}`;
  if (pod.owner?.kind === 'DaemonSet') return `${name} (DaemonSet)`;
  if (pod.mirror) return { en: `${name} (static)`, fr: `${name} (statique)` };
  if (system) return { en: `${name} (system)`, fr: `${name} (système)` };
  return name;
}
