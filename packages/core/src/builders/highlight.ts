import { diagramError, fail, ok, quote, type Result } from '../errors.js';
import type { Model } from '../model.js';
import { findRoute, resolveComponent } from '../routes.js';

export interface Highlight {
  components: Set<string>;
  edges: Set<string>;
}

/**
 * `highlight="kubelet>containerd>runc"`: the components named (ids or kinds), in order, and
 * the route that joins each to the next, following the links' direction (the way a request
 * flows). Consecutive names need such a route between them, not a direct edge.
 */
export function resolveHighlight(model: Model, raw: string | null): Result<Highlight | undefined> {
  if (raw === null || raw.trim() === '') return ok(undefined);
  const names = raw.split('>').map((n) => n.trim());
  const ids: string[] = [];
  for (const name of names) {
    const id = name ? resolveComponent(model, name) : undefined;
    if (!id)
      return fail(
        diagramError('invalid-attribute', 'highlight', {
          en: `highlight names ${quote(name)}, which is not on this figure.`,
          fr: `highlight nomme ${quote(name)}, qui ne figure pas sur ce schéma.`,
        }),
      );
    ids.push(id);
  }
  const result: Highlight = { components: new Set(ids), edges: new Set() };
  for (let i = 1; i < ids.length; i++) {
    const route = findRoute(model, ids[i - 1]!, ids[i]!, { directedOnly: true });
    if (!route)
      return fail(
        diagramError('invalid-attribute', 'highlight', {
          en: `highlight: there is no route from ${quote(names[i - 1])} to ${quote(names[i])}.`,
          fr: `highlight : aucun chemin ne mène de ${quote(names[i - 1])} à ${quote(names[i])}.`,
        }),
      );
    for (const hop of route) {
      result.components.add(hop.from).add(hop.to);
      if (hop.edge) result.edges.add(hop.edge);
    }
  }
  return ok(result);
}
