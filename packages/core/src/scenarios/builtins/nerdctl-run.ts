// nerdctl run nginx (reference §2 S7): nerdctl → containerd (its own gRPC API, not the CRI)
// → containerd-shim-runc-v2 → runc. Follows: containerd core/runtime/v2/README.md (shims);
// the nerdctl README (containerd-native client, CNI networking); opencontainers.org runtime-spec.
import type { Scenario } from '../types.js';
import { builtin } from './mark.js';

export const nerdctlRun: Scenario = builtin({
  id: 'nerdctl-run',
  title: { en: 'nerdctl run: straight to containerd', fr: 'nerdctl run : directement à containerd' },
  appliesTo: ['container-stack'],
  steps: [
    {
      id: 'create',
      from: 'nerdctl',
      to: 'containerd',
      kind: 'request',
      message: 'containers.Create · tasks.Start',
      caption: {
        en: 'nerdctl run nginx: nerdctl calls containerd’s own gRPC API, not the CRI, after pulling the image if needed.',
        fr: 'nerdctl run nginx : nerdctl appelle l’API gRPC propre à containerd, pas le CRI, après avoir récupéré l’image si besoin.',
      },
    },
    {
      id: 'shim',
      from: 'containerd',
      to: 'shim',
      kind: 'request',
      message: 'ttRPC Create · Start',
      caption: {
        en: 'containerd starts a containerd-shim-runc-v2 for the container and talks to it over ttRPC.',
        fr: 'containerd lance un containerd-shim-runc-v2 pour le conteneur et lui parle en ttRPC.',
      },
    },
    {
      id: 'runc',
      from: 'shim',
      to: 'runc',
      kind: 'request',
      message: 'runc create · start',
      caption: { en: 'The shim runs runc on the OCI bundle.', fr: 'Le shim lance runc sur le bundle OCI.' },
    },
    {
      id: 'process',
      from: 'runc',
      to: 'runc',
      kind: 'internal',
      message: 'namespaces · cgroups · exec',
      caption: {
        en: 'runc sets up namespaces and cgroups, starts nginx and exits; the shim stays.',
        fr: 'runc crée namespaces et cgroups, lance nginx et s’arrête ; le shim reste.',
      },
    },
    {
      id: 'task-started',
      from: 'shim',
      to: 'containerd',
      kind: 'event',
      message: 'TaskStart',
      caption: { en: 'The shim reports that the task is running.', fr: 'Le shim signale que la tâche tourne.' },
    },
    {
      id: 'done',
      from: 'containerd',
      to: 'nerdctl',
      kind: 'response',
      message: 'container ID',
      caption: {
        en: 'nerdctl prints the container ID. It set up the network itself, with CNI plugins: containerd’s core does not.',
        fr: 'nerdctl affiche l’identifiant du conteneur. Il a lui-même configuré le réseau, avec des plugins CNI : le cœur de containerd ne le fait pas.',
      },
    },
  ],
});
