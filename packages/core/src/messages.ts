import type { ComponentState, EdgeKind } from './kinds.js';
import type { Lang } from './text.js';

/** User-visible strings of the elements, in every language (a test checks both are complete). */
export interface Messages {
  figure: {
    controlPlane: string;
    highAvailability: string;
    cluster: string;
    workerNode: string;
    containerStack: string;
    custom: string;
  };
  /** `{names}` is replaced by the list of drawn components. */
  figureDescription: string;
  keyboardHelp: string;
  legend: string;
  zoomIn: string;
  zoomOut: string;
  zoomFit: string;
  loading: string;
  errorTitle: string;
  state: Record<ComponentState, string>;
  edge: Record<EdgeKind, string>;
}

export const MESSAGES: Readonly<Record<Lang, Messages>> = {
  en: {
    figure: {
      controlPlane: 'Kubernetes control plane',
      highAvailability: 'Highly available Kubernetes control plane',
      cluster: 'Kubernetes cluster',
      workerNode: 'Kubernetes worker node',
      containerStack: 'Container ecosystem',
      custom: 'Kubernetes diagram',
    },
    figureDescription: 'Diagram with {names}.',
    keyboardHelp: 'Arrow keys move between components, Enter selects, Escape leaves the diagram.',
    legend: 'Legend',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    zoomFit: 'Fit to width',
    loading: 'Laying out the diagram…',
    errorTitle: 'This diagram cannot be drawn',
    state: {
      active: 'leader',
      standby: 'standby',
      down: 'down',
      pending: 'pending',
      running: 'running',
      terminating: 'terminating',
      unknown: 'unknown',
      failed: 'failed',
      succeeded: 'succeeded',
    },
    edge: {
      call: 'calls (arrow points to the server)',
      peer: 'replicates to (Raft)',
      indirect: 'reaches it indirectly',
      removed: 'removed path (dockershim, Kubernetes 1.24)',
    },
  },
  fr: {
    figure: {
      controlPlane: 'Plan de contrôle Kubernetes',
      highAvailability: 'Plan de contrôle Kubernetes en haute disponibilité',
      cluster: 'Cluster Kubernetes',
      workerNode: 'Nœud worker Kubernetes',
      containerStack: 'L’écosystème des conteneurs',
      custom: 'Diagramme Kubernetes',
    },
    figureDescription: 'Diagramme avec {names}.',
    keyboardHelp: 'Les flèches passent d’un composant à l’autre, Entrée sélectionne, Échap quitte le diagramme.',
    legend: 'Légende',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    zoomFit: 'Ajuster à la largeur',
    loading: 'Mise en page du diagramme…',
    errorTitle: 'Ce diagramme ne peut pas être dessiné',
    state: {
      active: 'leader',
      standby: 'en réserve',
      down: 'hors service',
      pending: 'en attente',
      running: 'en cours',
      terminating: 'en cours d’arrêt',
      unknown: 'inconnu',
      failed: 'en échec',
      succeeded: 'terminé',
    },
    edge: {
      call: 'appelle (la flèche pointe vers le serveur)',
      peer: 'réplique vers (Raft)',
      indirect: 'l’atteint indirectement',
      removed: 'chemin supprimé (dockershim, Kubernetes 1.24)',
    },
  },
};

export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** Fills `{name}` placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
