import type { PresetTable } from './preset-geometry.js';
import { MORE_PRESET_LOADERS } from './presets-more/lazy.generated.js';

/**
 * The precomputed layout of a default figure but the cluster and the control plane, each in a
 * chunk of its own (ARCHITECTURE.md §3): pass it as the engine's `morePresets`, which asks
 * for the model's key on a miss. A page fetches only the layouts of the figures it draws (one
 * figure's is 0.2–0.5 KB gzip, all of them 1.5 KB), and nothing for a model that is no
 * default figure (an empty table).
 */
export function loadMorePresets(key: string): Promise<PresetTable> {
  return Object.hasOwn(MORE_PRESET_LOADERS, key) ? MORE_PRESET_LOADERS[key]!().then((m) => m.PRESETS) : Promise.resolve({});
}

/** Every one of those layouts in one table (Node, tests). */
export function loadAllMorePresets(): Promise<PresetTable> {
  return Promise.all(Object.keys(MORE_PRESET_LOADERS).map(loadMorePresets)).then((tables) => Object.assign({}, ...tables) as PresetTable);
}
