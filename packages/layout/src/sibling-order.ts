import type { NodeBox, Point } from './geometry.js';
import type { ElkPlan } from './to-elk.js';

interface Place {
  sibling: string;
  position: number;
}

/**
 * ELK's crossing minimisation may list identical siblings out of order (control-plane
 * node 2 left of node 1, pod-3 before pod-1). Where siblings are interchangeable (same
 * parts, same relative placement, same links to the same other components), give each
 * slot, left to right, to the siblings in model order, moving their parts' ids and link
 * routes with them. Readers then find "node 1" on the left, and a scenario that fails
 * node 1 fails the left one.
 */
export function restoreSiblingOrder(plan: ElkPlan, boxes: Map<string, NodeBox>, routes: Map<number, Point[]>): void {
  const { index } = plan;
  const model = index.model;
  const subtree = (id: string): string[] => [id, ...index.childrenOf(id).flatMap((c) => subtree(c.id))];

  const siblingsByParent = new Map<string | undefined, string[]>();
  for (const c of model.components) {
    if (!boxes.has(c.id) || plan.rowOf.has(c.id)) continue;
    const list = siblingsByParent.get(c.parent) ?? [];
    list.push(c.id);
    siblingsByParent.set(c.parent, list);
  }

  for (const siblings of siblingsByParent.values()) {
    if (siblings.length < 2) continue;
    const members = new Map(siblings.map((s) => [s, subtree(s)]));
    const placeOf = new Map<string, Place>();
    for (const [s, ids] of members) ids.forEach((id, position) => placeOf.set(id, { sibling: s, position }));

    // Each routed edge, as seen from the sibling at either end: which part, which other end.
    const ends = new Map<number, Array<{ place: Place; key: string }>>();
    const links = new Map<string, string[]>(siblings.map((s) => [s, []]));
    const linked = new Set<string>();
    for (const i of routes.keys()) {
      const e = model.edges[i]!;
      const a = placeOf.get(e.from);
      const b = placeOf.get(e.to);
      if (a && b && a.sibling === b.sibling) continue;
      if (a && b) linked.add(`${a.sibling}|${b.sibling}`).add(`${b.sibling}|${a.sibling}`);
      const list: Array<{ place: Place; key: string }> = [];
      if (a) list.push({ place: a, key: `out:${a.position}->${e.to}` });
      if (b) list.push({ place: b, key: `in:${e.from}->${b.position}` });
      for (const end of list) links.get(end.place.sibling)!.push(end.key);
      ends.set(i, list);
    }

    const signature = (s: string): string => {
      const root = boxes.get(s)!;
      const shape = members.get(s)!.map((id) => {
        const b = boxes.get(id);
        return b ? `${index.byId.get(id)!.kind}:${b.x - root.x},${b.y - root.y},${b.width},${b.height}` : '-';
      });
      return `${shape.join('|')}#${[...links.get(s)!].sort().join('|')}`;
    };
    const classes = new Map<string, string[]>();
    for (const s of siblings) {
      const sig = signature(s);
      classes.set(sig, [...(classes.get(sig) ?? []), s]);
    }

    for (const cls of classes.values()) {
      if (cls.length < 2) continue;
      // Siblings linked to each other cannot trade places without their links changing.
      if (cls.some((a) => cls.some((b) => linked.has(`${a}|${b}`)))) continue;
      const bySlot = [...cls].sort((a, b) => boxes.get(a)!.x - boxes.get(b)!.x || boxes.get(a)!.y - boxes.get(b)!.y);
      if (bySlot.every((s, k) => s === cls[k])) continue;

      const oldBoxes = new Map([...boxes].map(([id, b]) => [id, { ...b }]));
      const routeOf = new Map<string, Point[]>();
      for (const [i, list] of ends)
        for (const end of list) if (cls.includes(end.place.sibling)) routeOf.set(`${end.place.sibling}|${end.key}`, routes.get(i)!);

      // Sibling cls[k] takes the place (boxes and routes) ELK gave bySlot[k].
      cls.forEach((target, k) => {
        const source = bySlot[k]!;
        const targetIds = members.get(target)!;
        members.get(source)!.forEach((sourceId, position) => {
          const from = oldBoxes.get(sourceId);
          const to = boxes.get(targetIds[position]!);
          if (from && to) Object.assign(to, { x: from.x, y: from.y, width: from.width, height: from.height });
        });
        for (const [i, list] of ends) {
          const end = list.find((x) => x.place.sibling === target);
          const route = end && routeOf.get(`${source}|${end.key}`);
          if (route) routes.set(i, route);
        }
      });
    }
  }
}
