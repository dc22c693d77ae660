import type { ComponentState } from '../kinds.js';
import type { ResolvedScenario } from './resolve.js';

/**
 * The state of every component that has one after `beat`: the model's own states, then
 * the effects of beats 0…beat in order (a later effect on the same component wins).
 * Beat -1 gives the initial states; a beat past the end gives the final ones.
 */
export function statesAt(resolved: Pick<ResolvedScenario, 'model' | 'steps' | 'beats'>, beat: number): Map<string, ComponentState> {
  const states = new Map<string, ComponentState>();
  for (const c of resolved.model.components) if (c.state !== undefined) states.set(c.id, c.state);
  const last = Math.min(beat, resolved.beats.length - 1);
  for (let b = 0; b <= last; b++)
    for (const index of resolved.beats[b] ?? [])
      for (const effect of resolved.steps[index]?.effects ?? []) states.set(effect.component, effect.state);
  return states;
}
