import { edgeId, isGroupKind, type EdgeKind } from '@k8s-diagrams/core';
import type { ElkNode } from './elk-types.js';
import { round, simplifyRoute, type EdgeRoute, type Geometry, type NodeBox, type Point } from './geometry.js';
import { routePeerEdges } from './peers.js';
import { restoreSiblingOrder } from './sibling-order.js';
import { COLUMN_SPINE, type ElkPlan } from './to-elk.js';

/** Space kept around the whole drawing. */
export const MARGIN = 8;

/**
 * ELK's answer → Geometry: absolute boxes for every component (rows expanded back into
 * their members), edge routes from `from` to `to`, Raft links routed in their channel.
 */
export function fromElk(result: ElkNode, plan: ElkPlan): Geometry {
  const { index } = plan;
  const model = index.model;
  const nodes: NodeBox[] = [];
  const boxes = new Map<string, NodeBox>();
  const place = (id: string, x: number, y: number, width: number, height: number) => {
    const c = index.byId.get(id);
    if (!c) return;
    const box: NodeBox = {
      id,
      kind: c.kind,
      x: round(x),
      y: round(y),
      width: round(width),
      height: round(height),
      group: isGroupKind(c.kind),
      depth: index.depth(id),
      ...(c.parent !== undefined ? { parent: c.parent } : {}),
    };
    nodes.push(box);
    boxes.set(id, box);
  };
  const walk = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      const x = child.x ?? 0;
      const y = child.y ?? 0;
      const row = plan.rows.get(child.id);
      if (row) {
        for (const m of row.members) place(m.id, x + m.dx, y + m.dy, m.width, m.height);
      } else {
        place(child.id, x, y, child.width ?? 0, child.height ?? 0);
      }
      walk(child);
    }
  };
  walk(result);
  keepModelOrderOfLooseSiblings(result, plan, boxes);

  const elkRoutes = new Map<number, Point[]>();
  for (const elkEdge of result.edges ?? []) {
    const info = plan.edges.get(elkEdge.id);
    if (!info) continue;
    const points: Point[] = [];
    for (const s of elkEdge.sections ?? []) points.push(s.startPoint, ...(s.bendPoints ?? []), s.endPoint);
    const rounded = points.map((p) => ({ x: round(p.x), y: round(p.y) }));
    elkRoutes.set(info.edge, info.reversed ? rounded.reverse() : rounded);
  }
  restoreSiblingOrder(plan, boxes, elkRoutes);

  const edges: EdgeRoute[] = [];
  const route = (i: number, points: Point[]) => {
    const e = model.edges[i]!;
    const kind: EdgeKind = e.kind ?? 'call';
    edges.push({ id: edgeId(e), from: e.from, to: e.to, kind, points: simplifyRoute(points) });
  };

  for (const [i, points] of elkRoutes) if (!plan.gridEdges.has(i)) route(i, points);

  // A Pod grid's links: the trunk ELK routed down to the spine's top, on down the spine to
  // the Pod's middle, then sideways into the side of the Pod that faces the spine.
  for (const [i, grid] of plan.gridEdges) {
    const row = plan.rows.get(grid)!;
    const trunk = elkRoutes.get(row.trunk!);
    const pod = boxes.get(model.edges[i]!.to)!;
    if (!trunk || trunk.length === 0) continue;
    const top = trunk[trunk.length - 1]!;
    const y = round(pod.y + pod.height / 2);
    const x = pod.x + pod.width <= top.x ? pod.x + pod.width : pod.x;
    route(i, [...trunk.map((p) => ({ ...p })), { x: top.x, y }, { x, y }]);
  }

  for (const i of plan.rowEdges) {
    const e = model.edges[i]!;
    const a = boxes.get(e.from)!;
    const b = boxes.get(e.to)!;
    if (plan.rows.get(plan.rowOf.get(e.from)!)!.axis === 'column') {
      // Along the lane left of the column: out of one side, into the other.
      const lane = round(Math.min(a.x, b.x) - COLUMN_SPINE / 2);
      const ya = round(a.y + a.height / 2);
      const yb = round(b.y + b.height / 2);
      route(i, [{ x: a.x, y: ya }, { x: lane, y: ya }, { x: lane, y: yb }, { x: b.x, y: yb }]);
      continue;
    }
    const y = round(Math.min(a.y + a.height / 2, b.y + b.height / 2));
    const [ax, bx] = a.x < b.x ? [a.x + a.width, b.x] : [a.x, b.x + b.width];
    route(i, [{ x: ax, y }, { x: bx, y }]);
  }

  for (const { edge, points } of routePeerEdges(plan.peerEdges, model, index, boxes)) route(edge, points);

  alignBands(nodes);

  // Keep model order for edges: deterministic output whatever order ELK answered in.
  const order = new Map(model.edges.map((e, i) => [edgeId(e), i]));
  edges.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { ...bounds(nodes, edges), nodes, edges };
}

/** The drawing's size: every box and route, plus the margin. */
export function bounds(nodes: NodeBox[], edges: EdgeRoute[]): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const n of nodes) {
    width = Math.max(width, n.x + n.width);
    height = Math.max(height, n.y + n.height);
  }
  for (const e of edges) for (const p of e.points) {
    width = Math.max(width, p.x);
    height = Math.max(height, p.y);
  }
  return { width: round(width + MARGIN), height: round(height + MARGIN) };
}

/**
 * ELK may shuffle siblings that it has no edge for (etcd members linked only by Raft).
 * Put those back in model order within the slots they were given, so ids read left to right.
 */
function keepModelOrderOfLooseSiblings(result: ElkNode, plan: ElkPlan, boxes: Map<string, NodeBox>): void {
  const linked = new Set<string>();
  for (const e of result.edges ?? []) {
    const info = plan.edges.get(e.id);
    if (!info) continue;
    const edge = plan.index.model.edges[info.edge]!;
    linked.add(edge.from).add(edge.to);
  }
  const groups = new Map<string, NodeBox[]>();
  for (const c of plan.index.model.components) {
    const box = boxes.get(c.id);
    if (!box || box.group || linked.has(c.id) || plan.rowOf.has(c.id)) continue;
    const key = `${c.parent ?? ''}@${box.y}@${box.height}`;
    const list = groups.get(key) ?? [];
    list.push(box);
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    if (list.length < 2 || new Set(list.map((b) => b.width)).size > 1) continue;
    const slots = list.map((b) => b.x).sort((a, b) => a - b);
    list.forEach((b, i) => (b.x = slots[i]!));
  }
}

/**
 * Top-level layers stacked one above the other (the container ecosystem's bands) are
 * widened to one common width, so they read as bands across the figure.
 */
function alignBands(nodes: NodeBox[]): void {
  const bands = nodes.filter((n) => n.kind === 'layer' && n.depth === 0).sort((a, b) => a.y - b.y);
  if (bands.length < 2) return;
  for (let i = 1; i < bands.length; i++) if (bands[i]!.y < bands[i - 1]!.y + bands[i - 1]!.height) return;
  const left = Math.min(...bands.map((b) => b.x));
  const right = Math.max(...bands.map((b) => b.x + b.width));
  for (const b of bands) {
    b.x = left;
    b.width = round(right - left);
  }
}
