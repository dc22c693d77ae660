import type { ComponentState, EdgeKind, Kind } from './kinds.js';
import type { AuthorText } from './text.js';

/** One drawn part: a component, or a group (cluster, control plane, node, layer). */
export interface ModelComponent {
  /** Unique within the model; must not contain `->`. */
  id: string;
  kind: Kind;
  /** Shown instead of the catalog's label. Always rendered as text, never as markup. */
  label?: AuthorText;
  /** Id of the group this component sits in. */
  parent?: string;
  state?: ComponentState;
  /** Stands for this many identical components (pods collapsed into a count badge). */
  count?: number;
}

export interface ModelEdge {
  /** For `call` edges, the side that opens the connection. */
  from: string;
  to: string;
  kind?: EdgeKind;
}

/** What a diagram draws, as data (the `.model` property). */
export interface Model {
  components: ModelComponent[];
  edges: ModelEdge[];
}

export function edgeId(edge: Pick<ModelEdge, 'from' | 'to'>): string {
  return `${edge.from}->${edge.to}`;
}

/** A deep copy that shares nothing with the original. */
export function cloneModel(model: Model): Model {
  return {
    components: model.components.map((c) => ({
      ...c,
      ...(c.label !== undefined && typeof c.label === 'object' ? { label: { ...c.label } } : {}),
    })),
    edges: model.edges.map((e) => ({ ...e })),
  };
}
