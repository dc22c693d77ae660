import { presetFigures, type Model } from '@k8s-diagrams/core';
import type { ElkFactory, ElkLike } from './elk-types.js';
import { layoutModel } from './layout-model.js';
import { compactGeometry, modelKey, PRESET_LIMIT, type CompactGeometry } from './preset-geometry.js';

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
    if (model.components.length > PRESET_LIMIT) throw new Error(`A preset figure has ${model.components.length} components, over PRESET_LIMIT (${PRESET_LIMIT}): its key would not be canonical.`);
    if (modelKey(model) in except) continue;
    const geometry = await layoutModel(model, async (graph) => {
      elk ??= await elkFactory();
      return elk.layout(structuredClone(graph));
    });
    table[modelKey(model)] = compactGeometry(model, geometry);
  }
  return Object.fromEntries(Object.entries(table).sort(([a], [b]) => a.localeCompare(b)));
}

/** The scenario layouts as they ship: one table every scenario page loads, one per built-in. */
export interface ScenarioPresetTables {
  shared: Record<string, CompactGeometry>;
  byScenario: Record<string, Record<string, CompactGeometry>>;
}

/**
 * Lays out the figures as the scenarios draw them (`scenarioPresetFigures`), grouped by the
 * built-in whose chunk carries them (ARCHITECTURE.md §3). Layouts already in `except` (the
 * default figures) or in the shared table are left out of a scenario's table.
 */
export async function computeScenarioPresets(
  elkFactory: ElkFactory,
  figures: ReadonlyArray<{ model: Model; scenario?: string }>,
  except: Readonly<Record<string, unknown>> = {},
): Promise<ScenarioPresetTables> {
  const shared = await computePresets(elkFactory, figures.filter((f) => f.scenario === undefined), except);
  const byScenario: Record<string, Record<string, CompactGeometry>> = {};
  const ids = [...new Set(figures.flatMap((f) => (f.scenario === undefined ? [] : [f.scenario])))];
  for (const id of ids) byScenario[id] = await computePresets(elkFactory, figures.filter((f) => f.scenario === id), { ...except, ...shared });
  return { shared, byScenario };
}
