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

/**
 * The beat at which each component a built-in creates appears: a component drawn in no
 * state that a beat first makes `pending` (the step that stores the new Pod) is not drawn
 * before that beat. Authors' scenarios show every component throughout.
 */
export function appearances(resolved: Pick<ResolvedScenario, 'model' | 'steps' | 'beats' | 'builtin'>): Map<string, number> {
  const out = new Map<string, number>();
  if (!resolved.builtin) return out;
  const seen = new Set(resolved.model.components.filter((c) => c.state !== undefined).map((c) => c.id));
  resolved.beats.forEach((beat, b) => {
    for (const index of beat)
      for (const { component, state } of resolved.steps[index]?.effects ?? []) {
        if (!seen.has(component) && state === 'pending') out.set(component, b);
        seen.add(component);
      }
  });
  return out;
}

/** The components not drawn yet at `beat` (-1: before the first), because a later beat creates them. */
export function hiddenAt(resolved: Pick<ResolvedScenario, 'model' | 'steps' | 'beats' | 'builtin'>, beat: number): string[] {
  return [...appearances(resolved)].filter(([, b]) => b > beat).map(([id]) => id);
}
