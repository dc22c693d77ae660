import type { Geometry, NodeBox } from '@k8s-diagrams/layout';

/** Every route turns only at right angles: consecutive points share x or y. */
export function assertOrthogonal(g: Geometry): string[] {
  const bad: string[] = [];
  for (const e of g.edges)
    for (let i = 1; i < e.points.length; i++) {
      const a = e.points[i - 1]!;
      const b = e.points[i]!;
      if (Math.abs(a.x - b.x) > 0.6 && Math.abs(a.y - b.y) > 0.6) bad.push(`${e.id} #${i}`);
    }
  return bad;
}

const overlaps = (a: NodeBox, b: NodeBox) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

/** Pairs of boxes that overlap although neither contains the other. */
export function overlappingBoxes(g: Geometry): string[] {
  const ancestors = new Map<string, Set<string>>();
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const up = (id: string): Set<string> => {
    let set = ancestors.get(id);
    if (set) return set;
    set = new Set();
    for (let p = byId.get(id)?.parent; p; p = byId.get(p)?.parent) set.add(p);
    ancestors.set(id, set);
    return set;
  };
  const out: string[] = [];
  for (let i = 0; i < g.nodes.length; i++)
    for (let j = i + 1; j < g.nodes.length; j++) {
      const a = g.nodes[i]!;
      const b = g.nodes[j]!;
      if (up(a.id).has(b.id) || up(b.id).has(a.id)) continue;
      if (overlaps(a, b)) out.push(`${a.id} × ${b.id}`);
    }
  return out;
}

/** Children lie inside their group. */
export function escapingChildren(g: Geometry): string[] {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  for (const n of g.nodes) {
    const p = n.parent ? byId.get(n.parent) : undefined;
    if (!p) continue;
    if (n.x < p.x - 0.5 || n.y < p.y - 0.5 || n.x + n.width > p.x + p.width + 0.5 || n.y + n.height > p.y + p.height + 0.5)
      out.push(`${n.id} ⊄ ${p.id}`);
  }
  return out;
}

export const box = (g: Geometry, id: string): NodeBox => {
  const found = g.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no box ${id}`);
  return found;
};
