import { presetFigures, type Model } from '@k8s-diagrams/core';
import type { ElkFactory, ElkLike } from './elk-types.js';
import { layoutModel } from './layout-model.js';
import { compactGeometry, modelKey, type CompactGeometry } from './preset-geometry.js';

/**
 * Lays out every preset figure with the given ELK and returns their geometries keyed like
 * the engine looks them up. `pnpm layouts` writes them to presets.generated.ts; a test
 * recomputes them to prove that file is fresh.
 */
export async function computePresets(
  elkFactory: ElkFactory,
  figures: Array<{ model: Model }> = presetFigures(),
  except: Readonly<Record<string, unknown>> = {},
): Promise<Record<string, CompactGeometry>> {
  const table: Record<string, CompactGeometry> = {};
  let elk: ElkLike | undefined;
  for (const { model } of figures) {
    if (modelKey(model) in except) continue;
    const geometry = await layoutModel(model, async (graph) => {
      elk ??= await elkFactory();
      return elk.layout(structuredClone(graph));
    });
    table[modelKey(model)] = compactGeometry(model, geometry);
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
}
