import type { Model } from '@k8s-diagrams/core';
import type { ElkNode } from './elk-types.js';
import { fromElk } from './from-elk.js';
import type { Geometry } from './geometry.js';
import { layoutCluster, findWorkers } from './cluster-layout.js';
import { toElk } from './to-elk.js';
import { clearTitles } from './clear-titles.js';

/** Runs one ELK graph (from presets, cache, or ELK itself). */
export type RunElk = (graph: ElkNode) => Promise<ElkNode>;

/**
 * Model → Geometry. Clusters with worker nodes lay the workers out on their own and pack
 * them in rows under the control plane (ELK alone would keep them in one wide row);
 * every other figure is one ELK graph.
 */
export async function layoutModel(model: Model, runElk: RunElk): Promise<Geometry> {
  const workers = findWorkers(model);
  if (workers) return clearTitles(await layoutCluster(model, workers, runElk), model);
  const { graph, plan } = toElk(model);
  return clearTitles(fromElk(await runElk(graph), plan), model);
}
