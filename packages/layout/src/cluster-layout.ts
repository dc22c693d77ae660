import { canonicalJson, edgeId, type Model, type ModelComponent, type ModelEdge } from '@k8s-diagrams/core';
import { componentSize, GROUP, groupTitleWidth, type Size } from './box-sizes.js';
import { LINK_START_MARGIN, titleClearance, UNDER_TITLE } from './clear-titles.js';
import { bounds, fromElk, MARGIN } from './from-elk.js';
import { round, simplifyRoute, translateGeometry, type EdgeRoute, type Geometry, type NodeBox, type Point } from './geometry.js';
import type { RunElk } from './layout-model.js';
import { ModelIndex } from './model-index.js';
import { toElk } from './to-elk.js';

/** Space between worker cells, and around the block they form. */
export const WORKER_GRID = { colGap: 28, rowGap: 56, padTop: 30, padX: 14 } as const;

/** The stand-in ELK lays the head out around; the packed workers take its place. */
export const WORKER_BLOCK_ID = '__workers';

export interface WorkerSet {
  parent: string | undefined;
  ids: string[];
}

/** Worker nodes that can be packed in a grid: `node` groups that share one parent. */
export function findWorkers(model: Model): WorkerSet | undefined {
  const nodes = model.components.filter((c) => c.kind === 'node');
  if (nodes.length === 0) return undefined;
  const parent = nodes[0]!.parent;
  if (nodes.some((n) => n.parent !== parent)) return undefined;
  // A node inside another node would make the grid ambiguous.
  const ids = new Set(nodes.map((n) => n.id));
  const index = new ModelIndex(model);
  if (nodes.some((n) => index.ancestors(n.id).some((a) => ids.has(a)))) return undefined;
  return { parent, ids: nodes.map((n) => n.id) };
}

interface WorkerPart {
  id: string;
  components: ModelComponent[];
  edges: number[];
}

/**
 * How many columns: a wide-ish block (about 16:10), never wider than the workers need. Up
 * to four workers take two columns (three side by side no longer fit a docs column).
 */
export function gridColumns(count: number, cell: Size): number {
  if (count <= 4) return Math.max(1, Math.min(count, 2));
  const ideal = Math.round(Math.sqrt((1.6 * count * cell.height) / cell.width));
  return Math.max(1, Math.min(count, ideal));
}

/** What makes two workers lay out the same: kinds, sizes and links, not names. */
function shapeSignature(part: WorkerPart, model: Model): string {
  const position = new Map(part.components.map((c, i) => [c.id, i]));
  return canonicalJson({
    c: part.components.map((c, i) => [
      c.kind,
      i === 0 ? groupTitleWidth(c) : c.kind === 'node' || c.kind === 'layer' ? groupTitleWidth(c) : componentSize(c),
      c.parent !== undefined ? position.get(c.parent) ?? -1 : -1,
    ]),
    e: part.edges.map((i) => {
      const e = model.edges[i]!;
      return [position.get(e.from), position.get(e.to), e.kind ?? 'call'];
    }),
  });
}

/**
 * Two passes (ARCHITECTURE.md §3): each distinct worker shape is laid out once by ELK; the
 * workers are packed in a grid; the rest of the figure (kubectl, load balancer, control
 * planes) is laid out by ELK around a block the size of that grid; links between the
 * workers and the rest run along channels above each row and gutters between columns,
 * joining ELK's route at the block's top edge.
 */
export async function layoutCluster(model: Model, workers: WorkerSet, runElk: RunElk): Promise<Geometry> {
  const index = new ModelIndex(model);
  const workerIds = new Set(workers.ids);
  const workerOf = new Map<string, string>();
  for (const c of model.components) {
    if (workerIds.has(c.id)) workerOf.set(c.id, c.id);
    else {
      const w = index.ancestors(c.id).find((a) => workerIds.has(a));
      if (w !== undefined) workerOf.set(c.id, w);
    }
  }

  const parts = new Map<string, WorkerPart>(workers.ids.map((id) => [id, { id, components: [], edges: [] }]));
  for (const c of model.components) {
    const w = workerOf.get(c.id);
    if (w !== undefined) parts.get(w)!.components.push(c);
  }
  const crossing: number[] = [];
  const headEdges: ModelEdge[] = [];
  model.edges.forEach((e, i) => {
    const a = workerOf.get(e.from);
    const b = workerOf.get(e.to);
    if (a !== undefined && a === b) parts.get(a)!.edges.push(i);
    else if (a !== undefined || b !== undefined) crossing.push(i);
    else headEdges.push(e);
  });

  // Pass 1: one ELK graph per distinct worker shape, all at once.
  const shapes = new Map<string, { representative: WorkerPart; geometry?: Geometry }>();
  const shapeOf = new Map<string, string>();
  for (const part of parts.values()) {
    const sig = shapeSignature(part, model);
    shapeOf.set(part.id, sig);
    if (!shapes.has(sig)) shapes.set(sig, { representative: part });
  }
  // Per shape, the representative's members that links to the head or to other workers
  // leave from (upwards, out of their top side), and how far right each title reaches.
  const shapeEnds = new Map<string, Map<string, number>>();
  for (const i of crossing) {
    const e = model.edges[i]!;
    for (const end of [e.from, e.to]) {
      const w = workerOf.get(end);
      if (w === undefined || w === end) continue;
      const part = parts.get(w)!;
      const sig = shapeOf.get(w)!;
      const rep = shapes.get(sig)!.representative;
      const id = rep.components[part.components.findIndex((c) => c.id === end)]!.id;
      const ends = shapeEnds.get(sig) ?? shapeEnds.set(sig, new Map()).get(sig)!;
      ends.set(id, Math.max(ends.get(id) ?? 0, titleClearance(part.components[0]!)));
    }
  }
  await Promise.all(
    [...shapes.entries()].map(async ([sig, shape]) => {
      const rep = shape.representative;
      const sub: Model = {
        components: rep.components.map((c) => (c.id === rep.id ? { ...c, parent: undefined } : c)),
        edges: rep.edges.map((i) => model.edges[i]!),
      };
      const { graph, plan } = toElk(sub);
      const g = fromElk(await runElk(graph), plan);
      const box = g.nodes.find((n) => n.id === rep.id)!;
      translateGeometry(g, -box.x, -box.y);
      makeRoomUnderTitle(g, box, shapeEnds.get(sig));
      g.width = box.width;
      g.height = box.height;
      shape.geometry = g;
    }),
  );

  // Pack the workers in a grid of equal cells.
  const cell = { width: 0, height: 0 };
  for (const s of shapes.values()) {
    cell.width = Math.max(cell.width, s.geometry!.width);
    cell.height = Math.max(cell.height, s.geometry!.height);
  }
  const cols = gridColumns(workers.ids.length, cell);
  const rows = Math.ceil(workers.ids.length / cols);
  const G = WORKER_GRID;
  // Each row as tall as its tallest worker: a shorter last row (a joining node with no
  // Pods yet) leaves no empty band under it.
  const rowHeights = Array.from({ length: rows }, (_, r) =>
    Math.max(...workers.ids.slice(r * cols, (r + 1) * cols).map((id) => shapes.get(shapeOf.get(id)!)!.geometry!.height)),
  );
  const rowOffsets = rowHeights.map((_, r) => rowHeights.slice(0, r).reduce((sum, h) => sum + h + G.rowGap, 0));
  const block = {
    width: round(2 * G.padX + cols * cell.width + (cols - 1) * G.colGap),
    height: round(G.padTop + rowOffsets[rows - 1]! + rowHeights[rows - 1]!),
  };

  // Pass 2: the head, with a stand-in of the block's size where the workers go.
  const headIds = new Set(model.components.filter((c) => !workerOf.has(c.id)).map((c) => c.id));
  const trunkTargets: string[] = [];
  for (const i of crossing) {
    const e = model.edges[i]!;
    for (const end of [e.from, e.to]) if (headIds.has(end) && !trunkTargets.includes(end)) trunkTargets.push(end);
  }
  // ELK cannot route a link from outside the workers' group (a cloud's load balancer in
  // front of the nodes) to the block it pins to the last layer: those get their trunk below.
  const outside = new Set(trunkTargets.filter((t) => workers.parent !== undefined && !index.ancestors(t).includes(workers.parent)));
  const head: Model = {
    components: [
      ...model.components.filter((c) => headIds.has(c.id)),
      { id: WORKER_BLOCK_ID, kind: 'pod', ...(workers.parent !== undefined ? { parent: workers.parent } : {}) },
    ],
    edges: [...headEdges, ...trunkTargets.filter((t) => !outside.has(t)).map((t) => ({ from: t, to: WORKER_BLOCK_ID }))],
  };
  // Each one still sits above the group: ELK gets a link from it to the group's first part, not drawn.
  const first = [...headIds].filter((id) => !index.isGroup(id) && workers.parent !== undefined && index.ancestors(id).includes(workers.parent)).sort((a, b) => index.rank(a) - index.rank(b))[0];
  const placing = new Set<string>();
  if (first !== undefined)
    for (const t of outside) {
      head.edges.push({ from: t, to: first });
      placing.add(edgeId({ from: t, to: first }));
    }
  const { graph, plan } = toElk(head, new Map([[WORKER_BLOCK_ID, block]]), new Set([WORKER_BLOCK_ID]));
  const headGeometry = fromElk(await runElk(graph), plan);
  const slot = headGeometry.nodes.find((n) => n.id === WORKER_BLOCK_ID)!;
  const trunks = new Map<string, Point[]>();
  for (const e of headGeometry.edges) if (e.to === WORKER_BLOCK_ID) trunks.set(e.from, e.points);

  const nodes: NodeBox[] = headGeometry.nodes.filter((n) => n.id !== WORKER_BLOCK_ID);
  centreBlock(slot, nodes, workers.parent, index);
  const edges: EdgeRoute[] = headGeometry.edges.filter((e) => e.to !== WORKER_BLOCK_ID && !placing.has(e.id));
  const boxes = new Map<string, NodeBox>(nodes.map((n) => [n.id, n]));
  const cellOf = new Map<string, { row: number; col: number }>();
  const rowTop = (r: number) => slot.y + G.padTop + rowOffsets[r]!;
  const colLeft = (c: number) => slot.x + G.padX + c * (cell.width + G.colGap);
  const depthShift = workers.parent !== undefined ? index.depth(workers.ids[0]!) : 0;

  workers.ids.forEach((id, n) => {
    const row = Math.floor(n / cols);
    const col = n % cols;
    cellOf.set(id, { row, col });
    const shape = shapes.get(shapeOf.get(id)!)!;
    const rep = shape.representative;
    const geometry = shape.geometry!;
    const part = parts.get(id)!;
    const rename = new Map(rep.components.map((c, i) => [c.id, part.components[i]!.id]));
    const dx = colLeft(col) + (cell.width - geometry.width) / 2;
    const dy = rowTop(row);
    for (const src of geometry.nodes) {
      const newId = rename.get(src.id)!;
      const c = index.byId.get(newId)!;
      const box: NodeBox = {
        ...src,
        id: newId,
        x: round(src.x + dx),
        y: round(src.y + dy),
        depth: src.depth + depthShift,
        ...(c.parent !== undefined ? { parent: c.parent } : {}),
      };
      if (c.parent === undefined) delete box.parent;
      nodes.push(box);
      boxes.set(newId, box);
    }
    geometry.edges.forEach((src, k) => {
      const e = model.edges[part.edges[k]!]!;
      edges.push({
        id: edgeId(e),
        from: e.from,
        to: e.to,
        kind: e.kind ?? 'call',
        points: src.points.map((p) => ({ x: round(p.x + dx), y: round(p.y + dy) })),
      });
    });
  });

  // Links between the workers and the head, or between two workers, along the grid's lanes.
  const channel = (r: number) => round(r === 0 ? slot.y + G.padTop / 2 : rowTop(r) - G.rowGap / 2);
  const gutter = (c: number) => round(c === 0 ? slot.x + G.padX / 2 : colLeft(c) - G.colGap / 2);
  const attached = new Map<string, number>();
  const entry = (id: string): Point => {
    const box = boxes.get(id)!;
    const n = attached.get(id) ?? 0;
    attached.set(id, n + 1);
    return { x: round(box.x + box.width / 2 + n * 8), y: box.y };
  };
  /** From the block's top channel down into a member. */
  const descend = (member: string, from: Point[]): Point[] => {
    const worker = workerOf.get(member)!;
    const { row, col } = cellOf.get(worker)!;
    const target = entry(member);
    const start = from[from.length - 1]!;
    const path = [...from, { x: start.x, y: channel(0) }];
    if (row > 0) path.push({ x: gutter(col), y: channel(0) }, { x: gutter(col), y: channel(row) });
    path.push({ x: target.x, y: channel(row) }, target);
    return path;
  };
  // A trunk from outside the group: down to just above the group, then along its right
  // padding (where the group's edge will be once it hugs its children) to the top channel.
  if (outside.size > 0) {
    const group = boxes.get(workers.parent!)!;
    const inside = nodes.filter((n) => index.ancestors(n.id).includes(workers.parent!));
    const lane = round(Math.max(...inside.map((n) => n.x + n.width)) + GROUP.pad / 2);
    for (const t of outside) {
      const b = boxes.get(t)!;
      const x = round(b.x + b.width / 2);
      const above = round(group.y - 14);
      trunks.set(t, [{ x, y: round(b.y + b.height) }, { x, y: above }, { x: lane, y: above }]);
    }
  }
  for (const i of crossing) {
    const e = model.edges[i]!;
    const fromWorker = workerOf.get(e.from);
    const toWorker = workerOf.get(e.to);
    let points: Point[];
    if (fromWorker !== undefined && toWorker !== undefined) {
      // Worker to worker: up into the top channel, then down into the other one.
      const up = descend(e.from, [{ x: gutter(cellOf.get(fromWorker)!.col), y: channel(0) }]).reverse();
      points = descend(e.to, up.slice(0, -1).concat([{ x: gutter(cellOf.get(fromWorker)!.col), y: channel(0) }]));
    } else if (toWorker !== undefined) {
      points = descend(e.to, trunks.get(e.from)!.map((p) => ({ ...p })));
    } else {
      points = descend(e.from, trunks.get(e.to)!.map((p) => ({ ...p }))).reverse();
    }
    edges.push({ id: edgeId(e), from: e.from, to: e.to, kind: e.kind ?? 'call', points: simplifyRoute(points) });
  }

  if (workers.parent !== undefined) fitGroupToChildren(nodes, workers.parent, index);
  const order = new Map(model.edges.map((e, i) => [edgeId(e), i]));
  edges.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const size = bounds(nodes, edges);
  return { ...size, nodes, edges };
}

/**
 * A link out of the top of a worker's first-row component (a kubelet's, to the API server)
 * that cannot leave right of the node's title, the component ending before the title does
 * (a long node name), needs to run under the title to get past it: the node's contents
 * move down to leave it room (clearTitles draws the jog). `box` is the node, at the origin.
 */
function makeRoomUnderTitle(g: Geometry, box: NodeBox, ends: ReadonlyMap<string, number> | undefined): void {
  if (!ends) return;
  const blocked = [...ends].some(([id, clearance]) => {
    const m = g.nodes.find((n) => n.id === id);
    return m !== undefined && m.y <= GROUP.padTop + 1 && m.x + m.width - LINK_START_MARGIN < clearance;
  });
  if (!blocked) return;
  for (const n of g.nodes) if (n !== box) n.y = round(n.y + UNDER_TITLE);
  for (const e of g.edges) for (const p of e.points) p.y = round(p.y + UNDER_TITLE);
  box.height = round(box.height + UNDER_TITLE);
}

/**
 * ELK puts the block under whatever feeds it (the load balancer's route may run down the
 * side); centre it under the rest of its group instead, so the figure stays compact.
 */
function centreBlock(slot: NodeBox, nodes: NodeBox[], parent: string | undefined, index: ModelIndex): void {
  const siblings = nodes.filter((n) => (parent === undefined ? true : index.ancestors(n.id).includes(parent)));
  if (siblings.length === 0) return;
  const left = Math.min(...siblings.map((n) => n.x));
  const right = Math.max(...siblings.map((n) => n.x + n.width));
  const parentBox = parent !== undefined ? nodes.find((n) => n.id === parent) : undefined;
  const minX = parentBox ? parentBox.x + GROUP.pad : MARGIN;
  slot.x = round(Math.max(minX, (left + right) / 2 - slot.width / 2));
}

/** A group shrinks (or grows) on the right to hug its children once the block has moved. */
function fitGroupToChildren(nodes: NodeBox[], group: string, index: ModelIndex): void {
  const box = nodes.find((n) => n.id === group);
  if (!box) return;
  const inside = nodes.filter((n) => index.ancestors(n.id).includes(group));
  if (inside.length === 0) return;
  box.width = round(Math.max(...inside.map((n) => n.x + n.width)) + GROUP.pad - box.x);
}
