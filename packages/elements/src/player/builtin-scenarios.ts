import { loadBuiltinScenario, type Scenario } from '@k8s-diagrams/core';
import { loadScenarioPresets } from '@k8s-diagrams/layout/scenario-presets/lazy';
import { sharedLayoutEngine } from '../internal/engine.js';

const loaded = new Map<string, Scenario>();
const loading = new Map<string, Promise<void>>();

/**
 * Fetches the built-in scenario an element names, with the precomputed layouts of the
 * figures it draws, once per page (ARCHITECTURE.md §2, `scenario`): each built-in is its
 * own chunk, so a page that plays one never fetches the others. Part of the motion chunk,
 * so the entry module does not carry the table of every built-in's chunks. Anything else (a scenario
 * object, an unknown id) needs nothing and resolves at once.
 */
export function loadScenarioFor(scenario: unknown): Promise<void> {
  const id = typeof scenario === 'string' ? scenario.trim() : '';
  let pending = loading.get(id);
  if (!pending) {
    const builtin = loadBuiltinScenario(id);
    if (!builtin) return Promise.resolve();
    pending = Promise.all([builtin, loadScenarioPresets(id)]).then(
      ([builtin, presets]) => {
        sharedLayoutEngine().addPresets(presets);
        loaded.set(id, builtin);
      },
      (error: unknown) => {
        loading.delete(id); // a later element may try again
        throw error;
      },
    );
    loading.set(id, pending);
  }
  return pending;
}

/** A built-in already fetched by `loadScenarioFor`. */
export function loadedBuiltin(id: string): Scenario | undefined {
  return loaded.get(id);
}
