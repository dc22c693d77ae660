import type { Model } from '../model.js';
import type { Result } from '../errors.js';
import { BUILTIN_SCENARIOS } from './builtins/index.js';
import { isBuiltinScenarioId } from './builtins/ids.js';
import { resolveScenarioWith, type ResolvedScenario } from './resolve.js';

const allBuiltins = (id: string) => (isBuiltinScenarioId(id) ? BUILTIN_SCENARIOS[id] : undefined);

/**
 * `resolveScenarioWith` every built-in at hand (Node: rendering, tests, the docs site).
 * Loads all the built-ins; a page that plays one loads only that one (the elements).
 */
export function resolveScenario(input: unknown, model: Model, element: string): Result<ResolvedScenario> {
  return resolveScenarioWith(allBuiltins, input, model, element);
}
