/**
 * Every configuration that has a story, shared by the stories and by the accessibility
 * tests (which run axe on each), so what designers see is what the tests check.
 */
export interface ChildConfiguration {
  tag: 'k8s-control-plane' | 'k8s-worker-node';
  attributes: Record<string, string>;
}

export interface Configuration {
  /** Story name. */
  name: string;
  tag: 'k8s-cluster' | 'k8s-control-plane' | 'k8s-worker-node' | 'container-stack' | 'k8s-icon';
  attributes: Record<string, string>;
  children?: ChildConfiguration[];
  /** A layout that needs ELK (no precomputed layout): slower, said in the story. */
  usesElk?: boolean;
}

export const CONTROL_PLANE: Configuration[] = [
  { name: 'Default', tag: 'k8s-control-plane', attributes: {} },
  { name: 'French', tag: 'k8s-control-plane', attributes: { lang: 'fr' } },
  { name: 'Cloud OVH', tag: 'k8s-control-plane', attributes: { cloud: 'OVH' }, usesElk: true },
  { name: 'Without cloud', tag: 'k8s-control-plane', attributes: { cloud: 'none' }, usesElk: true },
  { name: 'High availability', tag: 'k8s-control-plane', attributes: { replicas: '3' } },
  { name: 'High availability, external etcd', tag: 'k8s-control-plane', attributes: { replicas: '3', etcd: 'external' }, usesElk: true },
  { name: 'High availability (French)', tag: 'k8s-control-plane', attributes: { replicas: '3', lang: 'fr' } },
  { name: 'Five replicas', tag: 'k8s-control-plane', attributes: { replicas: '5' }, usesElk: true },
  { name: 'Static Pods (kubeadm)', tag: 'k8s-control-plane', attributes: { 'static-pods': '' }, usesElk: true },
  { name: 'High availability, static Pods (French)', tag: 'k8s-control-plane', attributes: { replicas: '3', 'static-pods': '', lang: 'fr' }, usesElk: true },
];

export const CLUSTER: Configuration[] = [
  { name: 'Default', tag: 'k8s-cluster', attributes: {} },
  { name: 'French', tag: 'k8s-cluster', attributes: { lang: 'fr' } },
  { name: 'High availability', tag: 'k8s-cluster', attributes: { 'control-planes': '3' } },
  { name: 'External etcd', tag: 'k8s-cluster', attributes: { 'control-planes': '3', etcd: 'external' }, usesElk: true },
  { name: 'CRI-O', tag: 'k8s-cluster', attributes: { runtime: 'cri-o' }, usesElk: true },
  { name: 'cri-dockerd', tag: 'k8s-cluster', attributes: { runtime: 'cri-dockerd', workers: '1' }, usesElk: true },
  { name: 'gVisor', tag: 'k8s-cluster', attributes: { 'oci-runtime': 'gvisor' }, usesElk: true },
  { name: 'Kata Containers', tag: 'k8s-cluster', attributes: { 'oci-runtime': 'kata' }, usesElk: true },
  { name: 'Cloud provider', tag: 'k8s-cluster', attributes: { cloud: 'AWS' }, usesElk: true },
  { name: 'Add-ons', tag: 'k8s-cluster', attributes: { addons: 'coredns,metrics-server' }, usesElk: true },
  { name: 'Add-ons (French)', tag: 'k8s-cluster', attributes: { addons: 'coredns,metrics-server', lang: 'fr' }, usesElk: true },
  {
    name: 'Described by children',
    tag: 'k8s-cluster',
    attributes: {},
    children: [
      { tag: 'k8s-control-plane', attributes: { replicas: '3' } },
      { tag: 'k8s-worker-node', attributes: { name: 'gpu-1', pods: '4', runtime: 'cri-o' } },
      { tag: 'k8s-worker-node', attributes: { name: 'web-1', pods: '2' } },
    ],
    usesElk: true,
  },
  { name: 'Twenty workers', tag: 'k8s-cluster', attributes: { workers: '20', pods: '3' }, usesElk: true },
  { name: 'Two hundred workers', tag: 'k8s-cluster', attributes: { workers: '200', pods: '3' }, usesElk: true },
  // Snapshots (fetched relative to the page: Storybook serves examples/data at the same path).
  { name: 'Snapshot: kubeadm', tag: 'k8s-cluster', attributes: { src: 'examples/data/cluster-kubeadm.json' }, usesElk: true },
  { name: 'Snapshot: Pods in every phase', tag: 'k8s-cluster', attributes: { src: 'examples/data/cluster-pod-phases.json' }, usesElk: true },
  { name: 'Snapshot: managed (French)', tag: 'k8s-cluster', attributes: { src: 'examples/data/cluster-managed.json', lang: 'fr' }, usesElk: true },
  {
    name: 'Snapshot: audit log replayed',
    tag: 'k8s-cluster',
    attributes: { src: 'examples/data/cluster-kubeadm.json', 'audit-src': 'examples/data/audit-rollout.log', controls: '' },
    usesElk: true,
  },
];

export const WORKER_NODE: Configuration[] = [
  { name: 'Default', tag: 'k8s-worker-node', attributes: {} },
  { name: 'French', tag: 'k8s-worker-node', attributes: { lang: 'fr' } },
  { name: 'CRI-O', tag: 'k8s-worker-node', attributes: { runtime: 'cri-o' }, usesElk: true },
  { name: 'cri-dockerd', tag: 'k8s-worker-node', attributes: { runtime: 'cri-dockerd' }, usesElk: true },
  { name: 'gVisor', tag: 'k8s-worker-node', attributes: { 'oci-runtime': 'gvisor' }, usesElk: true },
  { name: 'Kata Containers', tag: 'k8s-worker-node', attributes: { 'oci-runtime': 'kata' }, usesElk: true },
  { name: 'Many pods', tag: 'k8s-worker-node', attributes: { name: 'big-node', pods: '30' }, usesElk: true },
];

export const CONTAINER_STACK: Configuration[] = [
  { name: 'Default', tag: 'container-stack', attributes: {} },
  { name: 'French', tag: 'container-stack', attributes: { lang: 'fr' } },
  { name: 'Kubernetes path', tag: 'container-stack', attributes: { highlight: 'kubelet>containerd>runc' } },
  { name: 'CRI-O path', tag: 'container-stack', attributes: { highlight: 'crictl>cri-o>crun' } },
  { name: 'docker run path', tag: 'container-stack', attributes: { highlight: 'docker-cli>dockerd>containerd>runc' } },
];

/** The seed page's nine icons, with the labels it gives them. */
export const SEED_ICONS: Array<{ name: string; label: string; size: string }> = [
  { name: 'control-plane', label: 'Control Plane', size: '45' },
  { name: 'api', label: 'kube-apiserver', size: '35' },
  { name: 'etcd', label: 'etcd', size: '35' },
  { name: 'sched', label: 'kube-scheduler', size: '35' },
  { name: 'c-m', label: 'kube-controller-manager', size: '35' },
  { name: 'c-c-m', label: 'cloud-controller-manager', size: '35' },
  { name: 'node', label: 'Node Worker', size: '45' },
  { name: 'kubelet', label: 'kubelet', size: '35' },
  { name: 'k-proxy', label: 'kube-proxy', size: '35' },
];

export const ICON: Configuration[] = SEED_ICONS.map((i) => ({ name: i.name, tag: 'k8s-icon', attributes: { ...i } }));

/** Every built-in scenario on a figure it plays on, with the controls, in English and French. */
const SCENARIO_FIGURES: Array<[string, Configuration['tag'], Record<string, string>]> = [
  // Scenarios that add Pods start from empty workers, so the figure keeps its width.
  ['kubectl-apply', 'k8s-cluster', { pods: '0' }],
  ['self-healing', 'k8s-cluster', {}],
  ['scale', 'k8s-cluster', { pods: '0' }],
  ['node-failure', 'k8s-cluster', {}],
  ['ha-failover', 'k8s-cluster', { 'control-planes': '3' }],
  ['service-traffic', 'k8s-cluster', {}],
  ['docker-run', 'container-stack', {}],
  ['crictl-run', 'container-stack', {}],
  ['nerdctl-run', 'container-stack', {}],
  ['etcd-quorum-loss', 'k8s-cluster', { 'control-planes': '3' }],
  ['dns-lookup', 'k8s-cluster', {}],
  ['autoscale', 'k8s-cluster', {}],
  ['drain', 'k8s-cluster', {}],
  ['node-join', 'k8s-cluster', {}],
  ['rolling-update', 'k8s-cluster', {}],
  ['scale-down', 'k8s-cluster', {}],
  ['kubectl-exec', 'k8s-cluster', {}],
  ['probes', 'k8s-cluster', {}],
  ['load-balancer-service', 'k8s-cluster', { cloud: 'OVH' }],
];

export const SCENARIOS: Configuration[] = SCENARIO_FIGURES.flatMap(([scenario, tag, attributes]) =>
  (['en', 'fr'] as const).map((lang) => ({
    name: `${scenario} (${lang})`,
    tag,
    attributes: { ...attributes, scenario, controls: '', lang },
  })),
);

export const ALL_CONFIGURATIONS: Configuration[] = [...CONTROL_PLANE, ...CLUSTER, ...WORKER_NODE, ...CONTAINER_STACK, ...ICON, ...SCENARIOS];

/** Builds the element of a configuration with DOM APIs (attributes stay text). */
export function createFromConfiguration(config: Configuration, extra: Record<string, string> = {}): HTMLElement {
  const el = document.createElement(config.tag);
  for (const [k, v] of Object.entries({ ...config.attributes, ...extra })) el.setAttribute(k, v);
  for (const child of config.children ?? []) {
    const c = document.createElement(child.tag);
    for (const [k, v] of Object.entries(child.attributes)) c.setAttribute(k, v);
    el.append(c);
  }
  return el;
}
