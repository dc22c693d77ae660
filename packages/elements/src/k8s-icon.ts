// Defines <k8s-icon>. Import this module (or the bundle) to use the tag; import
// '@k8s-diagrams/elements' for the class alone, without side effects.
import { K8sIcon } from './elements/icon.js';
import { defineElement } from './internal/define-element.js';

defineElement('k8s-icon', K8sIcon);

export { K8sIcon };
