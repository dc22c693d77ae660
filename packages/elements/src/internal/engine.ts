import { createLayoutEngine, loadMorePresets, PRESETS, type LayoutEngine } from '@k8s-diagrams/layout';

let engine: LayoutEngine | undefined;

/**
 * The page's layout engine: precomputed layouts first (the high-availability figures' table
 * fetched on the first miss), then the shared ELK worker, whose client is fetched with the
 * layout pipeline only when a topology has no preset.
 */
export function sharedLayoutEngine(): LayoutEngine {
  engine ??= createLayoutEngine({ elk: () => import('../elk-worker-client.js').then((m) => m.sharedElkWorker), presets: PRESETS, morePresets: loadMorePresets });
  return engine;
}
