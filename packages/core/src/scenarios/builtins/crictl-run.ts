// crictl runp / create / start (reference §2 S7): crictl → CRI → containerd →
// containerd-shim-runc-v2 → runc, then the same calls to CRI-O → conmon → crun.
// Follows kubernetes.io: "Container Runtime Interface", "Debugging Kubernetes nodes with
// crictl", "Network Plugins"; containerd core/runtime/v2/README.md (one shim per Pod under
// CRI); CRI-O release notes (crun is the default OCI runtime since v1.31).
import type { Scenario } from '../types.js';
import { builtin } from './mark.js';

export const crictlRun: Scenario = builtin({
  id: 'crictl-run',
  title: { en: 'crictl: speaking CRI to containerd and to CRI-O', fr: 'crictl : parler CRI à containerd et à CRI-O' },
  appliesTo: ['container-stack'],
  steps: [
    {
      id: 'runp',
      from: 'crictl',
      to: 'cri',
      kind: 'request',
      message: 'RunPodSandbox',
      caption: {
        en: 'crictl runp: crictl speaks CRI, the gRPC API the kubelet uses, on the runtime’s unix socket.',
        fr: 'crictl runp : crictl parle CRI, l’API gRPC du kubelet, sur le socket unix du runtime.',
      },
    },
    {
      id: 'runp-containerd',
      from: 'cri',
      to: 'containerd',
      kind: 'request',
      message: 'RunPodSandbox',
      caption: {
        en: 'containerd’s CRI plugin serves it: a pause container holds the Pod’s namespaces, and CNI gives it an IP.',
        fr: 'Le plugin CRI de containerd répond : un conteneur pause porte les namespaces du Pod, et CNI lui donne une IP.',
      },
    },
    {
      id: 'pod-shim',
      from: 'containerd',
      to: 'shim',
      kind: 'request',
      message: 'ttRPC Create · Start',
      caption: {
        en: 'containerd starts the Pod’s shim: under CRI, one containerd-shim-runc-v2 serves the whole Pod.',
        fr: 'containerd lance le shim du Pod : avec le CRI, un seul containerd-shim-runc-v2 sert tout le Pod.',
      },
    },
    {
      id: 'pause',
      from: 'shim',
      to: 'runc',
      kind: 'request',
      message: 'runc create · start',
      caption: { en: 'runc starts the pause container, then exits.', fr: 'runc lance le conteneur pause, puis s’arrête.' },
    },
    {
      id: 'create',
      from: 'crictl',
      to: 'cri',
      kind: 'request',
      message: 'CreateContainer',
      caption: {
        en: 'crictl create: a container in that sandbox, from an image and a config file.',
        fr: 'crictl create : un conteneur dans ce sandbox, d’après une image et un fichier de configuration.',
      },
    },
    {
      id: 'create-containerd',
      from: 'cri',
      to: 'containerd',
      kind: 'request',
      message: 'CreateContainer',
      caption: { en: 'containerd prepares the container’s OCI bundle.', fr: 'containerd prépare le bundle OCI du conteneur.' },
    },
    {
      id: 'start',
      from: 'crictl',
      to: 'cri',
      kind: 'request',
      message: 'StartContainer',
      caption: { en: 'crictl start: now start that container.', fr: 'crictl start : il reste à démarrer ce conteneur.' },
    },
    {
      id: 'start-containerd',
      from: 'cri',
      to: 'containerd',
      kind: 'request',
      message: 'StartContainer',
      caption: { en: 'containerd passes the start on…', fr: 'containerd transmet le démarrage…' },
    },
    {
      id: 'start-shim',
      from: 'containerd',
      to: 'shim',
      kind: 'request',
      message: 'ttRPC Start',
      caption: { en: '…to the Pod’s shim, which is already running…', fr: '…au shim du Pod, qui tourne déjà…' },
    },
    {
      id: 'start-runc',
      from: 'shim',
      to: 'runc',
      kind: 'request',
      message: 'runc create · start',
      caption: {
        en: '…and runc sets up the container, starts its process and exits; the shim stays its parent.',
        fr: '…et runc prépare le conteneur, lance son processus et s’arrête ; le shim reste son parent.',
      },
    },
    {
      id: 'cri-o',
      from: 'crictl',
      to: 'cri',
      kind: 'request',
      message: 'runp · create · start',
      caption: {
        en: 'Pointed at CRI-O’s socket (--runtime-endpoint), the very same calls…',
        fr: 'Dirigés vers le socket de CRI-O (--runtime-endpoint), les mêmes appels…',
      },
    },
    {
      id: 'cri-o-serves',
      from: 'cri',
      to: 'cri-o',
      kind: 'request',
      message: 'RunPodSandbox …',
      caption: { en: '…reach CRI-O, the other CRI runtime.', fr: '…arrivent à CRI-O, l’autre runtime CRI.' },
    },
    {
      id: 'conmon',
      from: 'cri-o',
      to: 'conmon',
      kind: 'request',
      message: 'conmon',
      caption: {
        en: 'CRI-O starts one conmon per container, to watch it and keep its logs and exit code.',
        fr: 'CRI-O lance un conmon par conteneur, pour le surveiller et garder ses journaux et son code de sortie.',
      },
    },
    {
      id: 'crun',
      from: 'conmon',
      to: 'crun',
      kind: 'request',
      message: 'crun create · start',
      caption: {
        en: 'conmon runs crun, written in C and CRI-O’s default OCI runtime since v1.31; runc remains an option.',
        fr: 'conmon lance crun, écrit en C et runtime OCI par défaut de CRI-O depuis la v1.31 ; runc reste possible.',
      },
    },
  ],
});
