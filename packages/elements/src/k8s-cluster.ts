// Defines <k8s-cluster>. Import this module (or the bundle) to use the tag; import
// '@k8s-diagrams/elements' for the class alone, without side effects.
import { K8sCluster } from './elements/cluster.js';
import { defineElement } from './internal/define-element.js';

defineElement('k8s-cluster', K8sCluster);

export { K8sCluster };
