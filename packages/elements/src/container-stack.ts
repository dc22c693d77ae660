// Defines <container-stack>. Import this module (or the bundle) to use the tag; import
// '@k8s-diagrams/elements' for the class alone, without side effects.
import { ContainerStack } from './elements/container-stack.js';
import { defineElement } from './internal/define-element.js';

defineElement('container-stack', ContainerStack);

export { ContainerStack };
