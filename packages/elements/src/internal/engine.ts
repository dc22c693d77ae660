import { createLayoutEngine, PRESETS, type LayoutEngine } from '@k8s-diagrams/layout';
import { sharedElkWorker } from '../elk-worker-client.js';

let engine: LayoutEngine | undefined;

/** The page's layout engine: precomputed layouts first, then the shared ELK worker. */
export function sharedLayoutEngine(): LayoutEngine {
  engine ??= createLayoutEngine({ elk: () => sharedElkWorker, presets: PRESETS });
  return engine;
}
