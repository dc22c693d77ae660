export * from './types.js';
export * from './resolve.js';
export * from './resolve-builtins.js';
export * from './states.js';
export * from './player-messages.js';
// Each from its own module: naming or loading one built-in must not pull in the others.
export { BUILTIN_SCENARIO_IDS, isBuiltinScenarioId, type BuiltinScenarioId } from './builtins/ids.js';
export { isBuiltinScenario } from './builtins/mark.js';
export { loadBuiltinScenario } from './builtins/load.js';
export { BUILTIN_SCENARIOS } from './builtins/index.js';
