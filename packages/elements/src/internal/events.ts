import type { ErrorCode, Kind } from '@k8s-diagrams/core';

/** A step as events report it: its id, its resolved ends and its text in the element's language. */
export interface StepSummary {
  id: string;
  /** The component the step starts from (a resolved id, never a kind). */
  from: string;
  /** The component the step goes to (a resolved id). */
  to: string;
  /** The step's `message`, else its `caption`, in the current language. */
  label: string;
}

/** `k8s-step`: the scenario moved to a beat. */
export interface StepDetail {
  /** The scenario's id. */
  scenario: string;
  /** The beat now shown, counted from 0 (the element's `stepIndex`). */
  index: number;
  /** The beat's first step. */
  step: StepSummary;
  /** The beat's other steps, those joined to the first by `parallelWith`. */
  parallel: StepSummary[];
}

/** `k8s-play`, `k8s-pause` and `k8s-end`: which scenario started, paused or ended. */
export interface ScenarioDetail {
  /** The scenario's id. */
  scenario: string;
}

/** `k8s-play`: a scenario started or resumed playing. */
export type PlayDetail = ScenarioDetail;
/** `k8s-pause`: a playing scenario was paused. */
export type PauseDetail = ScenarioDetail;
/** `k8s-end`: a scenario reached its end. */
export type EndDetail = ScenarioDetail;

/** `k8s-select`: a component was chosen by click or Enter. */
export interface SelectDetail {
  componentId: string;
  kind: Kind;
}

/** `k8s-error`: the input cannot be drawn as given (the element shows why). */
export interface ErrorDetail {
  code: ErrorCode;
  message: string;
  /** Which attribute, child or model path is at fault. */
  path: string;
}

/** Fires a bubbling, composed event, as every event of the contract is (ARCHITECTURE.md §2). */
export function fire<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable: false }));
}
