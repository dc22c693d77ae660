import type { Model } from '../model.js';
import { ModelDraft } from './parts.js';

/**
 * The seed's container-ecosystem figure (F5), as four bands from the clients down to the
 * OCI runtimes. Every edge points down; the only sideways link is dockershim, drawn as
 * removed (Kubernetes 1.24).
 */
export function buildContainerStackModel(): Model {
  const draft = new ModelDraft();
  const clients = draft.add({ id: 'clients', kind: 'layer', label: { en: 'Clients', fr: 'Clients' } });
  const engines = draft.add({
    id: 'engines',
    kind: 'layer',
    label: { en: 'Orchestrators and engines', fr: 'Orchestrateurs et moteurs' },
  });
  const cri = draft.add({
    id: 'cri-layer',
    kind: 'layer',
    label: { en: 'CRI and high-level runtimes', fr: 'CRI et runtimes de haut niveau' },
  });
  const oci = draft.add({
    id: 'oci-layer',
    kind: 'layer',
    label: { en: 'OCI: shims and runtimes', fr: 'OCI : shims et runtimes' },
  });

  for (const kind of ['kubectl', 'docker-cli', 'nerdctl', 'crictl', 'podman'] as const)
    draft.add({ id: kind, kind, parent: clients });

  draft.add({ id: 'kubelet', kind: 'kubelet', parent: engines });
  draft.add({ id: 'dockerd', kind: 'dockerd', parent: engines });

  draft.add({ id: 'cri', kind: 'cri', parent: cri });
  draft.add({ id: 'containerd', kind: 'containerd', parent: cri });
  draft.add({ id: 'cri-o', kind: 'cri-o', parent: cri });

  draft.add({ id: 'shim', kind: 'shim', parent: oci });
  draft.add({ id: 'conmon', kind: 'shim', label: 'conmon', parent: oci });
  draft.add({ id: 'kata', kind: 'kata', label: 'containerd-shim-kata-v2', parent: oci });
  draft.add({ id: 'gvisor', kind: 'gvisor', label: 'containerd-shim-runsc-v1', parent: oci });
  draft.add({ id: 'runc', kind: 'runc', label: { en: 'runc (reference)', fr: 'runc (référence)' }, parent: oci });
  draft.add({ id: 'crun', kind: 'crun', parent: oci });
  draft.add({ id: 'youki', kind: 'youki', parent: oci });

  // Clients.
  draft.link('kubectl', 'kubelet', 'indirect'); // through the API server, not drawn here
  draft.link('docker-cli', 'dockerd');
  draft.link('nerdctl', 'containerd');
  draft.link('crictl', 'cri');
  draft.link('podman', 'conmon'); // no daemon: podman starts conmon itself
  // Engines.
  draft.link('kubelet', 'cri');
  draft.link('kubelet', 'dockerd', 'removed'); // dockershim, removed in Kubernetes 1.24
  draft.link('dockerd', 'containerd'); // directly, not through the CRI
  // CRI servers.
  draft.link('cri', 'containerd');
  draft.link('cri', 'cri-o');
  draft.link('containerd', 'shim');
  draft.link('containerd', 'kata');
  draft.link('containerd', 'gvisor');
  draft.link('cri-o', 'conmon');
  // OCI runtimes.
  draft.link('shim', 'runc');
  draft.link('shim', 'youki');
  draft.link('conmon', 'crun');
  draft.link('conmon', 'runc');
  return { components: draft.components, edges: draft.edges };
}
