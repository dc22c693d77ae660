import type { Model } from '../model.js';
import { FULL_DETAIL } from './options.js';
import type { WorkerSpec } from './cluster.js';
import { addWorker, ModelDraft } from './parts.js';

/**
 * The seed's worker-node figure (F4): the node's parts, with the API server it reports to
 * drawn above it inside a (partly shown) control plane, and the CNI plugin that the runtime
 * calls to set up each Pod sandbox's network.
 */
export function buildWorkerNodeModel(worker: WorkerSpec): Model {
  const draft = new ModelDraft();
  const cp = draft.add({ id: 'control-plane', kind: 'control-plane' });
  draft.add({ id: 'apiserver', kind: 'apiserver', parent: cp });
  addWorker(draft, {
    ...worker,
    collapsePods: worker.pods > FULL_DETAIL.maxPodsPerWorker,
    apiEntry: 'apiserver',
    cni: true,
  });
  return { components: draft.components, edges: draft.edges };
}
