import type { Model } from '../model.js';
import type { AuthorText } from '../text.js';
import type { EtcdTopology } from './options.js';
import { addControlPlanes, ModelDraft } from './parts.js';

export interface ControlPlaneModelOptions {
  replicas: number;
  etcd: EtcdTopology;
  /** Provider label (`''` for the catalog's "cloud provider API"); undefined: no cloud parts. */
  cloud?: AuthorText;
  /** Draw each node's kubelet and the control plane as its static Pods (kubeadm). */
  staticPods?: boolean;
}

/** The seed's control-plane figure (F2), or the high-availability figure (F3) when replicas > 1. */
export function buildControlPlaneModel(options: ControlPlaneModelOptions): Model {
  const draft = new ModelDraft();
  addControlPlanes(draft, options);
  return { components: draft.components, edges: draft.edges };
}
