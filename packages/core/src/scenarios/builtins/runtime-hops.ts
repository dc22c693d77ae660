import type { Model } from '../../model.js';
import type { AuthorText, LocalizedText } from '../../text.js';

export interface HopText {
  message?: AuthorText;
  caption: LocalizedText;
}

const OCI_BINARIES = new Set(['runc', 'crun', 'youki']);

/** Whether a component is an OCI runtime binary (runc, crun, youki), which exits once the container runs. */
export function isOciBinary(model: Model, id: string): boolean {
  const kind = model.components.find((c) => c.id === id)?.kind;
  return kind !== undefined && OCI_BINARIES.has(kind);
}

/**
 * What travels down one hop of a node's runtime chain, below the kubelet's CRI call, told
 * by the kinds at both ends (containerd → shim, CRI-O → conmon, shim → runc…).
 */
export function runtimeHop(model: Model, from: string, to: string): HopText {
  const kindOf = (id: string) => model.components.find((c) => c.id === id)?.kind;
  const a = kindOf(from);
  const b = kindOf(to);
  if (a === 'cri-dockerd' && b === 'dockerd')
    return {
      message: 'Docker Engine API',
      caption: {
        en: 'cri-dockerd turns the CRI calls into Docker Engine API calls.',
        fr: 'cri-dockerd traduit les appels CRI en appels à l’API de Docker Engine.',
      },
    };
  if (a === 'dockerd' && b === 'containerd')
    return {
      message: 'gRPC tasks.Create',
      caption: {
        en: 'dockerd has containerd create and start the container.',
        fr: 'dockerd demande à containerd de créer et de lancer le conteneur.',
      },
    };
  if (a === 'cri-o' && b === 'shim')
    return {
      message: 'conmon',
      caption: {
        en: 'CRI-O starts conmon, which watches over the container and keeps its logs and exit code.',
        fr: 'CRI-O lance conmon, qui veille sur le conteneur et garde ses journaux et son code de sortie.',
      },
    };
  if (b === 'shim')
    return {
      message: 'ttRPC Create · Start',
      caption: {
        en: 'containerd has the Pod’s shim (containerd-shim-runc-v2) create the container, over ttRPC.',
        fr: 'containerd fait créer le conteneur par le shim du Pod (containerd-shim-runc-v2), en ttRPC.',
      },
    };
  if (b === 'kata')
    return {
      message: 'ttRPC Create · Start',
      caption: {
        en: 'containerd hands the Pod to the Kata shim, which boots a lightweight virtual machine to run it.',
        fr: 'containerd confie le Pod au shim Kata, qui démarre une machine virtuelle légère pour l’exécuter.',
      },
    };
  if (b === 'gvisor')
    return {
      message: 'ttRPC Create · Start',
      caption: {
        en: 'containerd hands the Pod to the gVisor shim: runsc runs it on top of a kernel written in user space.',
        fr: 'containerd confie le Pod au shim gVisor : runsc l’exécute sur un noyau écrit en espace utilisateur.',
      },
    };
  if (b !== undefined && OCI_BINARIES.has(b))
    return {
      message: `${b} create · start`,
      caption: {
        en: `The shim runs ${b} on the OCI bundle: ${b} sets up namespaces and cgroups, starts the process and exits; the shim stays.`,
        fr: `Le shim lance ${b} sur le bundle OCI : ${b} crée namespaces et cgroups, lance le processus puis s’arrête ; le shim reste.`,
      },
    };
  return {
    caption: { en: `${from} passes the work on to ${to}.`, fr: `${from} transmet le travail à ${to}.` },
  };
}

/** The hop that starts a Pod's containers: from their parent, the shim, to the Pod. */
export const CONTAINERS_START: HopText = {
  message: { en: 'process started', fr: 'processus lancé' },
  caption: {
    en: 'The containers’ processes run in the Pod’s namespaces and cgroups, the shim as their parent: the Pod is running.',
    fr: 'Les processus des conteneurs tournent dans les namespaces et cgroups du Pod, le shim pour parent : le Pod fonctionne.',
  },
};
