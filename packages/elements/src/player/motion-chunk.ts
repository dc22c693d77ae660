// The motion chunk's entry: what a diagram loads the first time it gets a scenario.
export { ScenarioSession } from './scenario-session.js';
export { loadScenarioFor } from './builtin-scenarios.js';
