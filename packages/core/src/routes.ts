import type { Model } from './model.js';
import { edgeId } from './model.js';

/** One hop of a route: the edge taken, and whether it was travelled against its direction. */
export interface RouteHop {
  edge: string;
  from: string;
  to: string;
  reversed: boolean;
}

/**
 * The shortest way from one component to another along the model's edges: their own link
 * if they have one (either way), else first following edge directions, else (unless `directedOnly`) in any direction. A group that an edge reaches leads to
 * its members (the apiservers reach the members of an external etcd cluster). Removed
 * paths (dockershim) are never taken. Returns undefined when there is no way.
 */
export function findRoute(
  model: Model,
  from: string,
  to: string,
  options: { directedOnly?: boolean } = {},
): RouteHop[] | undefined {
  if (from === to) return [];
  // Linked ends are one hop, whichever way the link points: a longer path along link
  // directions (apiserver → metrics-server → kubelet) is not how they talk.
  const direct = model.edges.find((e) => e.kind !== 'removed' && ((e.from === from && e.to === to) || (!options.directedOnly && e.from === to && e.to === from)));
  if (direct) return [{ edge: edgeId(direct), from, to, reversed: direct.from !== from }];
  return search(model, from, to, true) ?? (options.directedOnly ? undefined : search(model, from, to, false));
}

interface Graph {
  size: number;
  next: Map<string, RouteHop[]>;
}
/** Each model's links, indexed once per direction mode: long scenarios search many routes. */
const graphs = new WeakMap<Model['edges'], Graph[]>();

function graphOf(model: Model, directed: boolean): Map<string, RouteHop[]> {
  const size = model.edges.length * 65536 + model.components.length;
  const cached = graphs.get(model.edges)?.[+directed];
  if (cached?.size === size) return cached.next;
  const next = new Map<string, RouteHop[]>();
  const add = (hop: RouteHop) => {
    const list = next.get(hop.from);
    if (list) list.push(hop);
    else next.set(hop.from, [hop]);
  };
  const groupsLinked = new Set<string>();
  for (const e of model.edges) {
    if (e.kind === 'removed') continue;
    const id = edgeId(e);
    add({ edge: id, from: e.from, to: e.to, reversed: false });
    if (!directed || e.kind === 'peer') add({ edge: id, from: e.to, to: e.from, reversed: true });
    groupsLinked.add(e.from).add(e.to);
  }
  for (const c of model.components) {
    if (c.parent === undefined || !groupsLinked.has(c.parent)) continue;
    // Stepping into (or out of) a linked group is free: it is not an edge.
    add({ edge: '', from: c.parent, to: c.id, reversed: false });
    if (!directed) add({ edge: '', from: c.id, to: c.parent, reversed: true });
  }
  const both = graphs.get(model.edges) ?? [];
  both[+directed] = { size, next };
  graphs.set(model.edges, both);
  return next;
}

function search(model: Model, from: string, to: string, directed: boolean): RouteHop[] | undefined {
  const next = graphOf(model, directed);
  const previous = new Map<string, RouteHop>();
  const queue = [from];
  const seen = new Set([from]);
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i]!;
    for (const hop of next.get(at) ?? []) {
      if (seen.has(hop.to)) continue;
      seen.add(hop.to);
      previous.set(hop.to, hop);
      if (hop.to === to) {
        const route: RouteHop[] = [];
        for (let h: RouteHop | undefined = hop; h; h = previous.get(h.from)) route.unshift(h);
        return route;
      }
      // A Pod ends a route, it relays nothing (the API server reaches a kubelet through the
      // load balancer, not through metrics-server's Pod).
      if (!endpoints(model).has(hop.to)) queue.push(hop.to);
    }
  }
  return undefined;
}

const POD_KINDS: ReadonlySet<string> = new Set(['pod', 'coredns', 'metrics-server']);
const endpointSets = new WeakMap<Model['components'], Set<string>>();

/** The Pods of a model (add-ons included), computed once per component list. */
function endpoints(model: Model): Set<string> {
  let set = endpointSets.get(model.components);
  if (!set) endpointSets.set(model.components, (set = new Set(model.components.filter((c) => POD_KINDS.has(c.kind)).map((c) => c.id))));
  return set;
}

/** A component named by id, or by kind (the first component of that kind). */
export function resolveComponent(model: Model, name: string): string | undefined {
  const trimmed = name.trim();
  if (model.components.some((c) => c.id === trimmed)) return trimmed;
  return model.components.find((c) => c.kind === trimmed)?.id;
}
