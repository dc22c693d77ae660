import type { RouteHop } from '@k8s-diagrams/core';
import type { Geometry, NodeBox, Point } from '@k8s-diagrams/layout';

/** How far outside a component's box an internal step's loop runs. */
export const LOOP_MARGIN = 6;

const centre = (box: NodeBox): Point => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * Where the straight line from the box's centre towards `toward` leaves the box; `toward`
 * itself when it is inside the box.
 */
export function borderToward(box: NodeBox, toward: Point): Point {
  const c = centre(box);
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const t = Math.min(dx === 0 ? Infinity : box.width / 2 / Math.abs(dx), dy === 0 ? Infinity : box.height / 2 / Math.abs(dy));
  if (t >= 1) return { x: toward.x, y: toward.y };
  return { x: c.x + dx * t, y: c.y + dy * t };
}

/** A closed loop just outside the box, clockwise from the middle of its top side. */
export function loopAround(box: NodeBox, margin = LOOP_MARGIN): Point[] {
  const left = box.x - margin;
  const right = box.x + box.width + margin;
  const top = box.y - margin;
  const bottom = box.y + box.height + margin;
  const middle = box.x + box.width / 2;
  return [
    { x: middle, y: top },
    { x: right, y: top },
    { x: right, y: bottom },
    { x: left, y: bottom },
    { x: left, y: top },
    { x: middle, y: top },
  ];
}

/**
 * The polyline a step's token travels, from `from` to `to`: the ELK routes of the hops
 * joined end to end (reversed for hops travelled against the edge). A hop with no edge
 * steps into or out of a group: the token goes straight between the group's edge end and
 * the member's border. A step inside one component (from === to) loops around its box.
 * An edge missing from the geometry is drawn as a straight line between the boxes.
 * Returns [] when a box is missing (the component is not laid out).
 */
export function pathForStep(geometry: Geometry, hops: readonly RouteHop[], from: string, to: string): Point[] {
  const boxes = new Map(geometry.nodes.map((n) => [n.id, n]));
  const edges = new Map(geometry.edges.map((e) => [e.id, e]));
  const box = (id: string) => boxes.get(id);

  if (from === to) {
    const own = box(from);
    return own ? loopAround(own) : [];
  }
  if (hops.length === 0) return straight(box(from), box(to));

  const points: Point[] = [];
  /** Where a hop's own drawing starts, to aim a group exit at it. */
  const startOf = (hop: RouteHop | undefined): Point | undefined => {
    if (!hop || hop.edge === '') return undefined;
    const route = edges.get(hop.edge)?.points;
    if (!route?.length) return undefined;
    return hop.reversed ? route[route.length - 1] : route[0];
  };

  for (let i = 0; i < hops.length; i++) {
    const hop = hops[i]!;
    let segment: Point[];
    if (hop.edge !== '') {
      const route = edges.get(hop.edge)?.points;
      segment = route?.length ? (hop.reversed ? [...route].reverse() : route) : straight(box(hop.from), box(hop.to));
    } else if (!hop.reversed) {
      // Into a group: from where the token is (the group's edge end) to the member.
      const member = box(hop.to);
      const group = box(hop.from);
      const at = points[points.length - 1] ?? (group ? centre(group) : undefined);
      segment = member && at ? [at, borderToward(member, at)] : [];
    } else {
      // Out of a group: from the member towards where the next hop starts.
      const member = box(hop.from);
      const group = box(hop.to);
      const next = startOf(hops[i + 1]) ?? (group ? centre(group) : undefined);
      segment = member && next ? [borderToward(member, next), next] : [];
    }
    if (segment.length === 0) return [];
    for (const p of segment) {
      const last = points[points.length - 1];
      if (!last || last.x !== p.x || last.y !== p.y) points.push({ x: p.x, y: p.y });
    }
  }
  return points;
}

function straight(a: NodeBox | undefined, b: NodeBox | undefined): Point[] {
  if (!a || !b) return [];
  return [borderToward(a, centre(b)), borderToward(b, centre(a))];
}
