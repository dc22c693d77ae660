import { localize, type Lang, type ResolvedScenario } from '@k8s-diagrams/core';
import type { Geometry } from '@k8s-diagrams/layout';
import { pathForStep } from './path.js';
import type { MotionStep } from './types.js';

/**
 * A resolved scenario's beats as the player wants them: each step with its path on the
 * laid-out figure and its label (the message) in `lang`.
 */
export function motionSteps(scenario: Pick<ResolvedScenario, 'steps' | 'beats'>, geometry: Geometry, lang: Lang): MotionStep[][] {
  return scenario.beats.map((beat) =>
    beat.map((index) => {
      const step = scenario.steps[index]!;
      return {
        id: step.id,
        index: step.index,
        beat: step.beat,
        kind: step.kind,
        from: step.from,
        to: step.to,
        path: pathForStep(geometry, step.hops, step.from, step.to),
        label: step.message ? localize(step.message, lang) : '',
        inferred: step.inferred,
        duration: step.duration,
      };
    }),
  );
}
