import type { Scenario } from '../types.js';

const builtins = new WeakSet<object>();

/** Marks a scenario object as one of the built-ins; each built-in's module calls it once. */
export function builtin<T extends Scenario>(scenario: T): T {
  builtins.add(scenario);
  return scenario;
}

/** Whether a scenario object is one of the built-ins (its misfits are “not applicable”, not mistakes). */
export function isBuiltinScenario(scenario: unknown): boolean {
  return typeof scenario === 'object' && scenario !== null && builtins.has(scenario);
}
