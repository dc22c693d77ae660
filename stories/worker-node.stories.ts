import { WORKER_NODE } from './configurations.js';
import { story, type Args, type Meta } from './story-helpers.js';


const meta: Meta<Args> = {
  title: 'Elements/k8s-worker-node',
  component: 'k8s-worker-node',
  parameters: { docs: { description: { component: 'A worker node: kubelet and kube-proxy, the container runtime, its shim and OCI runtime, the pods, and the link to the API server.' } } },
};
export default meta;

export const Default = { ...story(WORKER_NODE, 'Default'), name: 'Default' };
export const French = { ...story(WORKER_NODE, 'French'), name: 'French' };
export const CRIO = { ...story(WORKER_NODE, 'CRI-O'), name: 'CRI-O' };
export const CriDockerd = { ...story(WORKER_NODE, 'cri-dockerd'), name: 'cri-dockerd' };
export const GVisor = { ...story(WORKER_NODE, 'gVisor'), name: 'gVisor' };
export const KataContainers = { ...story(WORKER_NODE, 'Kata Containers'), name: 'Kata Containers' };
export const ManyPods = { ...story(WORKER_NODE, 'Many pods'), name: 'Many pods' };
