import type { Scenario } from '@k8s-diagrams/core';

/** The scenario of the seed page's control-plane figure: each of its five components at work. */
export declare const controlPlaneScenario: Scenario;
