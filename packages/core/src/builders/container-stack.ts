import type { Model } from '../model.js';
import { ModelDraft } from './parts.js';

/**
 * The seed's container-ecosystem figure (F5), as bands from the clients down to the OCI
 * runtimes: the kubelet reaches the engines (containerd, CRI-O, and cri-dockerd in front of
 * Docker Engine) through the CRI; the shims, which stay the containers' parents, sit apart
 * from OCI, the specification that runc implements first. Every edge points down, except
 * the engines calling one another and dockershim, drawn as removed (Kubernetes 1.24).
 */
export function buildContainerStackModel(): Model {
  const draft = new ModelDraft();
  const band = (id: string, en: string, fr: string) => draft.add({ id, kind: 'layer', label: { en, fr } });
  const clients = band('clients', 'Clients', 'Clients');
  const orchestrators = band('orchestrators', 'Orchestrator', 'Orchestrateur');
  const cri = band('cri-layer', 'Interface (CRI)', 'Interface (CRI)');
  const engines = band('engines', 'High-level engines', 'Moteurs de haut niveau');
  const shims = band('shims', 'Shims', 'Shims');
  const oci = band('oci-layer', 'OCI: specification and runtimes', 'OCI : spécification et runtimes');

  for (const kind of ['kubectl', 'docker-cli', 'nerdctl', 'crictl', 'podman'] as const)
    draft.add({ id: kind, kind, parent: clients });

  draft.add({ id: 'kubelet', kind: 'kubelet', parent: orchestrators });
  draft.add({ id: 'cri', kind: 'cri', parent: cri });

  draft.add({ id: 'cri-dockerd', kind: 'cri-dockerd', parent: engines });
  draft.add({ id: 'dockerd', kind: 'dockerd', parent: engines });
  draft.add({ id: 'containerd', kind: 'containerd', parent: engines });
  draft.add({ id: 'cri-o', kind: 'cri-o', parent: engines });

  draft.add({ id: 'shim', kind: 'shim', parent: shims });
  draft.add({ id: 'conmon', kind: 'shim', label: 'conmon', parent: shims });
  draft.add({ id: 'kata', kind: 'kata', label: 'containerd-shim-kata-v2', parent: shims });
  draft.add({ id: 'gvisor', kind: 'gvisor', label: 'containerd-shim-runsc-v1', parent: shims });

  draft.add({ id: 'oci', kind: 'oci', label: { en: 'OCI runtime spec', fr: 'spécification OCI' }, parent: oci });
  draft.add({ id: 'runc', kind: 'runc', label: { en: 'runc (reference)', fr: 'runc (référence)' }, parent: oci });
  draft.add({ id: 'crun', kind: 'crun', parent: oci });
  draft.add({ id: 'youki', kind: 'youki', parent: oci });

  // Clients.
  draft.link('kubectl', 'kubelet', 'indirect'); // through the API server, not drawn here
  draft.link('docker-cli', 'dockerd');
  draft.link('nerdctl', 'containerd');
  draft.link('crictl', 'cri');
  draft.link('podman', 'conmon'); // no daemon: podman starts conmon itself
  // The kubelet: the CRI today; dockershim, built into the kubelet, was removed in 1.24.
  draft.link('kubelet', 'cri');
  draft.link('kubelet', 'dockerd', 'removed');
  // The CRI servers: containerd's CRI plugin, CRI-O, and cri-dockerd for Docker Engine.
  draft.link('cri', 'containerd');
  draft.link('cri', 'cri-o');
  draft.link('cri', 'cri-dockerd');
  draft.link('cri-dockerd', 'dockerd');
  draft.link('dockerd', 'containerd'); // directly, not through the CRI
  // Engines start shims.
  draft.link('containerd', 'shim');
  draft.link('containerd', 'kata');
  draft.link('containerd', 'gvisor');
  draft.link('cri-o', 'conmon');
  // Shims run an OCI runtime, which exits once the container runs.
  draft.link('shim', 'runc');
  draft.link('shim', 'youki');
  draft.link('conmon', 'crun');
  draft.link('conmon', 'runc');
  return { components: draft.components, edges: draft.edges };
}
