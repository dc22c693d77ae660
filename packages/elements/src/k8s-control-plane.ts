// Defines <k8s-control-plane>. Import this module (or the bundle) to use the tag; import
// '@k8s-diagrams/elements' for the class alone, without side effects.
import { K8sControlPlane } from './elements/control-plane.js';
import { defineElement } from './internal/define-element.js';

defineElement('k8s-control-plane', K8sControlPlane);

export { K8sControlPlane };
