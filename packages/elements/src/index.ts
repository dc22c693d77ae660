// The element classes and their types, with no side effects: nothing is defined here.
export { DiagramElement } from './base/diagram-element.js';
export { K8sCluster } from './elements/cluster.js';
export { K8sControlPlane } from './elements/control-plane.js';
export { K8sWorkerNode } from './elements/worker-node.js';
export { ContainerStack } from './elements/container-stack.js';
export { K8sIcon, ICON_SIZE } from './elements/icon.js';
export { defineElement } from './internal/define-element.js';
export type { EndDetail, ErrorDetail, PauseDetail, PlayDetail, ScenarioDetail, SelectDetail, StepDetail, StepSummary } from './internal/events.js';
export type { StepInfo } from './player/player-host.js';
export type { Theme } from './internal/theme-controller.js';
// The data types a page hands to the elements (`.model`, `.scenario`).
export type { Model, ModelComponent, ModelEdge, Scenario, ScenarioStep } from '@k8s-diagrams/core';
// Attributes, properties and events of every element, generated from the manifest by `pnpm build`.
export type * from './types.generated.js';
