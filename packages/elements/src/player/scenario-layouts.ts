// The precomputed layouts of the default figures as the built-in scenarios play them (with
// their new Pods or Service), loaded with the player so the entry module stays small.
import { SCENARIO_PRESETS } from '@k8s-diagrams/layout/scenario-presets';
import { sharedLayoutEngine } from '../internal/engine.js';

export function installScenarioLayouts(): void {
  sharedLayoutEngine().addPresets(SCENARIO_PRESETS);
}
