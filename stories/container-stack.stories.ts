import { CONTAINER_STACK } from './configurations.js';
import { story, type Args, type Meta } from './story-helpers.js';


const meta: Meta<Args> = {
  title: 'Elements/container-stack',
  component: 'container-stack',
  parameters: { docs: { description: { component: 'The container ecosystem in six bands: clients, the orchestrator, the CRI, the high-level engines behind it, the shims, and OCI (the specification and its runtimes). highlight emphasises a route.' } } },
};
export default meta;

export const Default = { ...story(CONTAINER_STACK, 'Default'), name: 'Default' };
export const French = { ...story(CONTAINER_STACK, 'French'), name: 'French' };
export const KubernetesPath = { ...story(CONTAINER_STACK, 'Kubernetes path'), name: 'Kubernetes path' };
export const CRIOPath = { ...story(CONTAINER_STACK, 'CRI-O path'), name: 'CRI-O path' };
export const DockerRunPath = { ...story(CONTAINER_STACK, 'docker run path'), name: 'docker run path' };
