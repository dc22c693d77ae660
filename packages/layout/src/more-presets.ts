import type { PresetTable } from './preset-geometry.js';

/**
 * The precomputed layouts of the default figures but the cluster and the control plane, in a
 * chunk of their own (ARCHITECTURE.md §3): pass it as the engine's `morePresets`, which
 * fetches it on the first miss, so the entry module carries only those two figures.
 */
export function loadMorePresets(): Promise<PresetTable> {
  return import('./presets-more.generated.js').then((m) => m.MORE_PRESETS);
}
