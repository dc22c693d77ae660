import { CONTROL_PLANE } from './configurations.js';
import { story, type Args, type Meta } from './story-helpers.js';


const meta: Meta<Args> = {
  title: 'Elements/k8s-control-plane',
  component: 'k8s-control-plane',
  parameters: { docs: { description: { component: 'The control plane of the seed page: kube-apiserver with etcd beside it, the scheduler, the controller managers and the cloud provider. replicas="3" draws high availability.' } } },
};
export default meta;

export const Default = { ...story(CONTROL_PLANE, 'Default'), name: 'Default' };
export const French = { ...story(CONTROL_PLANE, 'French'), name: 'French' };
export const CloudOVH = { ...story(CONTROL_PLANE, 'Cloud OVH'), name: 'Cloud OVH' };
export const WithoutCloud = { ...story(CONTROL_PLANE, 'Without cloud'), name: 'Without cloud' };
export const HighAvailability = { ...story(CONTROL_PLANE, 'High availability'), name: 'High availability' };
export const HighAvailabilityExternalEtcd = { ...story(CONTROL_PLANE, 'High availability, external etcd'), name: 'High availability, external etcd' };
export const HighAvailabilityFrench = { ...story(CONTROL_PLANE, 'High availability (French)'), name: 'High availability (French)' };
export const FiveReplicas = { ...story(CONTROL_PLANE, 'Five replicas'), name: 'Five replicas' };
export const StaticPods = { ...story(CONTROL_PLANE, 'Static Pods (kubeadm)'), name: 'Static Pods (kubeadm)' };
export const HighAvailabilityStaticPodsFrench = { ...story(CONTROL_PLANE, 'High availability, static Pods (French)'), name: 'High availability, static Pods (French)' };
