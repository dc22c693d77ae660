// The precomputed layouts of the seed page's figures that are not default figures, loaded
// with the player; each built-in's own figures load with it (builtin-scenarios.ts).
import { loadScenarioPresets } from '@k8s-diagrams/layout/scenario-presets/lazy';
import { sharedLayoutEngine } from '../internal/engine.js';

export async function installScenarioLayouts(): Promise<void> {
  sharedLayoutEngine().addPresets(await loadScenarioPresets(''));
}
