export * from './types.js';
export * from './resolve.js';
export * from './states.js';
export * from './player-messages.js';
export { BUILTIN_SCENARIOS, BUILTIN_SCENARIO_IDS, isBuiltinScenario, type BuiltinScenarioId } from './builtins/index.js';
