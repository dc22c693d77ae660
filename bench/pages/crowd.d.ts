// Types of crowd.js (plain JS served to the frames page), for the Node test.
import type { Model, Scenario, ScenarioStepKind } from '@k8s-diagrams/core';

export interface Route {
  from: string;
  to: string;
  kind: Extract<ScenarioStepKind, 'request' | 'response'>;
  message: string;
}

export function routes(model: Pick<Model, 'edges'>): Route[];

export function crowdedScenario(model: Pick<Model, 'edges'>, tokens: number): { scenario: Scenario; distinct: number };
