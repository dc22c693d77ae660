import { CLUSTER } from './configurations.js';
import { story, type Args, type Meta } from './story-helpers.js';


const meta: Meta<Args> = {
  title: 'Elements/k8s-cluster',
  component: 'k8s-cluster',
  parameters: { docs: { description: { component: 'The whole cluster: kubectl, the control plane(s) and the worker nodes. Scales to hundreds of workers (pods collapse into counts above ten workers).' } } },
};
export default meta;

export const Default = { ...story(CLUSTER, 'Default'), name: 'Default' };
export const French = { ...story(CLUSTER, 'French'), name: 'French' };
export const HighAvailability = { ...story(CLUSTER, 'High availability'), name: 'High availability' };
export const ExternalEtcd = { ...story(CLUSTER, 'External etcd'), name: 'External etcd' };
export const CRIO = { ...story(CLUSTER, 'CRI-O'), name: 'CRI-O' };
export const CriDockerd = { ...story(CLUSTER, 'cri-dockerd'), name: 'cri-dockerd' };
export const GVisor = { ...story(CLUSTER, 'gVisor'), name: 'gVisor' };
export const KataContainers = { ...story(CLUSTER, 'Kata Containers'), name: 'Kata Containers' };
export const CloudProvider = { ...story(CLUSTER, 'Cloud provider'), name: 'Cloud provider' };
export const AddOns = { ...story(CLUSTER, 'Add-ons'), name: 'Add-ons' };
export const AddOnsFrench = { ...story(CLUSTER, 'Add-ons (French)'), name: 'Add-ons (French)' };
export const DescribedByChildren = { ...story(CLUSTER, 'Described by children'), name: 'Described by children' };
export const TwentyWorkers = { ...story(CLUSTER, 'Twenty workers'), name: 'Twenty workers' };
export const TwoHundredWorkers = { ...story(CLUSTER, 'Two hundred workers'), name: 'Two hundred workers' };
export const SnapshotKubeadm = { ...story(CLUSTER, 'Snapshot: kubeadm'), name: 'Snapshot: kubeadm' };
export const SnapshotPodPhases = { ...story(CLUSTER, 'Snapshot: Pods in every phase'), name: 'Snapshot: Pods in every phase' };
export const SnapshotManaged = { ...story(CLUSTER, 'Snapshot: managed (French)'), name: 'Snapshot: managed (French)' };
export const SnapshotAuditReplay = { ...story(CLUSTER, 'Snapshot: audit log replayed'), name: 'Snapshot: audit log replayed' };
