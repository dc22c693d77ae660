import type { PresetTable } from './preset-geometry.js';

/**
 * The precomputed layouts of the high-availability default figures, in a chunk of their own
 * (ARCHITECTURE.md §3): pass it as the engine's `morePresets`, which fetches it on the first
 * miss, so the entry module carries only the four single-node figures.
 */
export function loadMorePresets(): Promise<PresetTable> {
  return import('./presets-more.generated.js').then((m) => m.MORE_PRESETS);
}
