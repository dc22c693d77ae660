import type { EdgeKind, Kind } from '@k8s-diagrams/core';

export interface Point {
  x: number;
  y: number;
}

/** A laid-out component or group, in diagram coordinates (top-left origin). */
export interface NodeBox {
  id: string;
  kind: Kind;
  x: number;
  y: number;
  width: number;
  height: number;
  group: boolean;
  /** Nesting depth: 0 for top-level parts. Groups are drawn shallowest first. */
  depth: number;
  parent?: string;
}

/** A laid-out edge: `points` run from `from` to `to` (arrowhead at the last point). */
export interface EdgeRoute {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  points: Point[];
}

export interface Geometry {
  width: number;
  height: number;
  nodes: NodeBox[];
  edges: EdgeRoute[];
}

export const round = (v: number): number => Math.round(v * 10) / 10;

export function translateGeometry(g: Pick<Geometry, 'nodes' | 'edges'>, dx: number, dy: number): void {
  for (const n of g.nodes) {
    n.x = round(n.x + dx);
    n.y = round(n.y + dy);
  }
  for (const e of g.edges) for (const p of e.points) {
    p.x = round(p.x + dx);
    p.y = round(p.y + dy);
  }
}

/** Removes points that do not turn, so routes stay short to draw and to animate along. */
export function simplifyRoute(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (last && last.x === p.x && last.y === p.y) continue;
    const prev = out[out.length - 2];
    if (prev && last && ((prev.x === last.x && last.x === p.x) || (prev.y === last.y && last.y === p.y))) {
      out[out.length - 1] = p;
      continue;
    }
    out.push({ x: p.x, y: p.y });
  }
  return out;
}
