// The elements' own types, as a page script sees them (no framework): typed events on
// addEventListener, property types with the attribute unions, the generated interfaces.
// Every `@ts-expect-error` line must stay an error: tsc fails on one that compiles.
import '@k8s-diagrams/elements/all';
import type {
  ContainerStackAttributes,
  K8sCluster,
  K8sClusterAttributes,
  K8sClusterEvents,
  K8sDiagramsElements,
  K8sIconAttributes,
  K8sWorkerNodeAttributes,
  SelectDetail,
  StepDetail,
} from '@k8s-diagrams/elements';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(proof: Equal<A, B>): Equal<A, B> => proof;

const cluster = document.createElement('k8s-cluster');
same<typeof cluster, K8sCluster>(true);
const stack = document.querySelector('container-stack')!;
const icon = document.querySelector('k8s-icon')!;

// Events: every one of them a CustomEvent with its detail.
cluster.addEventListener('k8s-step', (e) => {
  same<typeof e, CustomEvent<StepDetail>>(true);
  const index: number = e.detail.index;
  const scenario: string = e.detail.scenario;
  const from: string = e.detail.step.from;
  const label: string = e.detail.parallel[0]?.label ?? '';
  // @ts-expect-error index is a number
  const wrong: string = e.detail.index;
  // @ts-expect-error a step has no `kind` in the event (el.steps has it)
  void e.detail.step.kind;
  void [index, scenario, from, label, wrong];
});
cluster.addEventListener('k8s-play', (e) => void (e.detail.scenario satisfies string));
cluster.addEventListener('k8s-pause', (e) => void (e.detail.scenario satisfies string));
cluster.addEventListener('k8s-end', (e) => void (e.detail.scenario satisfies string));
cluster.addEventListener('k8s-select', (e) => {
  same<typeof e.detail, SelectDetail>(true);
  void [e.detail.componentId.toUpperCase(), e.detail.kind satisfies string];
  // @ts-expect-error a kind is one of the catalog's kinds
  const bad: 'no-such-kind' = e.detail.kind;
  void bad;
});
icon.addEventListener('k8s-error', (e) => {
  void [e.detail.code satisfies string, e.detail.message, e.detail.path];
  // @ts-expect-error error codes are a closed list
  const bad: 'oops' = e.detail.code;
  void bad;
});
document.body.addEventListener('k8s-step', (e) => void e.detail.step.to); // they bubble
// @ts-expect-error a step's detail has no `foo`
cluster.addEventListener('k8s-step', (e) => void e.detail.foo);

// Properties: counts are numbers (or their text), enumerations are unions.
cluster.workers = 3;
cluster.workers = '12';
cluster.controlPlanes = 3;
cluster.runtime = 'cri-o';
cluster.ociRuntime = 'gvisor';
cluster.etcd = 'external';
cluster.theme = 'dark';
cluster.scenario = 'kubectl-apply';
cluster.scenario = { id: 'mine', title: 'Mine', steps: [{ id: 'a', from: 'kubectl', to: 'apiserver', kind: 'request', caption: 'hello' }] };
cluster.speed = 2;
cluster.speed = '1.5';
cluster.model = { components: [{ id: 'a', kind: 'apiserver' }], edges: [] };
// @ts-expect-error workers is a number
cluster.workers = 'abc';
// @ts-expect-error no such runtime
cluster.runtime = 'docker';
// @ts-expect-error no such OCI runtime
cluster.ociRuntime = 'runz';
// @ts-expect-error etcd is stacked or external
cluster.etcd = 'distributed';
// @ts-expect-error no such theme
cluster.theme = 'sepia';
// @ts-expect-error no such built-in scenario
cluster.scenario = 'kubectl-delete';
// @ts-expect-error speed is a number
cluster.speed = 'fast';
// @ts-expect-error a model component needs a kind
cluster.model = { components: [{ id: 'a' }], edges: [] };
// @ts-expect-error stepIndex is read-only
cluster.stepIndex = 2;
stack.highlight = 'kubelet>containerd>runc';
icon.name = 'kube-apiserver';
icon.size = 48;
// @ts-expect-error not an icon name
icon.name = 'kube-api';
// @ts-expect-error size is a number
icon.size = 'large';

// The generated interfaces: attributes as markup writes them.
const attrs: K8sClusterAttributes = { 'control-planes': '3', workers: 2, runtime: 'containerd', 'oci-runtime': 'runc', controls: true, lang: 'fr' };
same<K8sClusterAttributes['runtime'], 'containerd' | 'cri-o' | 'cri-dockerd' | undefined>(true);
same<K8sWorkerNodeAttributes['oci-runtime'], 'runc' | 'crun' | 'youki' | 'kata' | 'gvisor' | undefined>(true);
same<K8sClusterAttributes['workers'], number | `${number}` | undefined>(true);
same<K8sClusterEvents['k8s-step'], CustomEvent<StepDetail>>(true);
same<K8sDiagramsElements['k8s-cluster']['element'], K8sCluster>(true);
// @ts-expect-error workers is a number
const badAttrs: K8sClusterAttributes = { workers: 'many' };
// @ts-expect-error container-stack has no workers
const badStack: ContainerStackAttributes = { workers: 2 };
// @ts-expect-error k8s-icon fires no k8s-step
type NoStep = K8sDiagramsElements['k8s-icon']['events']['k8s-step'];
const iconAttrs: K8sIconAttributes = { name: 'etcd', size: '35', label: 'etcd' };
void [attrs, badAttrs, badStack, iconAttrs];
export type { NoStep };
