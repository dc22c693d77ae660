import type { ComponentState } from '../kinds.js';
import type { Model, ModelComponent, ModelEdge } from '../model.js';
import type { AuthorText } from '../text.js';

/**
 * What a step shows. `request` and `response` travel from `from` to `to` (a response is
 * written from the server to the client, so it runs the other way to its request);
 * `watch` is news the watcher pulls from the apiserver (`from` is the apiserver);
 * `internal` is work inside one component; `event` is something that happens (a crash,
 * a heartbeat that stops).
 */
export const SCENARIO_STEP_KINDS = ['request', 'response', 'watch', 'internal', 'event'] as const;
export type ScenarioStepKind = (typeof SCENARIO_STEP_KINDS)[number];

/** The diagram elements a scenario can be written for. */
export const SCENARIO_ELEMENTS = ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node', 'container-stack'] as const;
export type ScenarioElement = (typeof SCENARIO_ELEMENTS)[number];

/** A component drawn in another state from this step on. */
export interface ScenarioEffect {
  /** A component id, or a kind (the first component of that kind). */
  component: string;
  state: ComponentState;
}

export interface ScenarioStep {
  /** Unique within the scenario; errors and `parallelWith` name steps by it. */
  id: string;
  /** Where the information comes from: a component id, or a kind. */
  from: string;
  /** Where it goes: a component id, or a kind. Equal to `from` for work inside one component. */
  to: string;
  kind: ScenarioStepKind;
  /** The token's short label (`POST …/deployments`, `RunPodSandbox`). */
  message?: AuthorText;
  /** One line saying what happens and why. */
  caption: AuthorText;
  /** The id of an earlier step of the same beat: both play together. */
  parallelWith?: string;
  effects?: ScenarioEffect[];
  /** Milliseconds the beat lasts at speed 1 (its first step decides); absent: the player's default. */
  duration?: number;
  /** When it happened, as the scrubber shows it (an audit log's clock: `10:00:01.250`). */
  time?: string;
  /** Deduced, not recorded (etcd and the runtime are not in an audit log): the token is drawn dashed. */
  inferred?: boolean;
}

/** Components and edges a scenario needs beyond the figure (a Service, new Pods). */
export interface ModelAdditions {
  components: ModelComponent[];
  edges: ModelEdge[];
}

/**
 * Returned instead of steps by a scenario computed from the figure when it cannot play
 * there (ha-failover on one control plane); the text says why.
 */
export interface ScenarioMisfit {
  notApplicable: AuthorText;
  /** What to change, per element, for the scenario to play there (`replicas="3"`): one sentence. */
  remedy?: Partial<Record<ScenarioElement, AuthorText>>;
}

/**
 * An animated flow over a figure (ARCHITECTURE.md §2, "Scenario objects"). Authors pass plain
 * data. `adds` and `steps` may also be functions of the figure's model (the model as the
 * element draws it, before any addition): the built-ins adapt that way to HA, to any
 * number of workers and to every runtime.
 */
export interface Scenario {
  id: string;
  title: AuthorText;
  /** Elements it is written for; absent: any element where its components exist. */
  appliesTo?: readonly ScenarioElement[];
  adds?: ModelAdditions | ((model: Model) => ModelAdditions);
  steps: readonly ScenarioStep[] | ((model: Model) => readonly ScenarioStep[] | ScenarioMisfit);
}
