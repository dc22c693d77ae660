// Defines <k8s-worker-node>. Import this module (or the bundle) to use the tag; import
// '@k8s-diagrams/elements' for the class alone, without side effects.
import { K8sWorkerNode } from './elements/worker-node.js';
import { defineElement } from './internal/define-element.js';

defineElement('k8s-worker-node', K8sWorkerNode);

export { K8sWorkerNode };
