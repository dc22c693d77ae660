import type { Model, ModelEdge } from '@k8s-diagrams/core';
import { componentSize, GROUP, groupTitleWidth, type Size } from './box-sizes.js';
import { LINK_END_MARGIN, titleClearance, UNDER_TITLE } from './clear-titles.js';
import type { ElkEdge, ElkNode, ElkPort, LayoutOptions } from './elk-types.js';
import { ModelIndex } from './model-index.js';

/** Horizontal gap between two components drawn side by side in one row. */
export const ROW_GAP = 40;
/** Vertical gap between the members of a column, and the lane left of them for its links. */
export const COLUMN_GAP = 14;
export const COLUMN_SPINE = 18;
/** Extra space under a group whose members replicate to each other (Raft links). */
export const PEER_CHANNEL_SPACE = 26;
/** A node's Pods beyond two wrap into rows of this many under their shim (ARCHITECTURE.md §3). */
export const POD_GRID_COLUMNS = 2;
/** Vertical gap between two rows of that grid; the columns keep ROW_GAP for the spine between them. */
export const POD_GRID_ROW_GAP = 16;

export interface RowMember {
  id: string;
  dx: number;
  dy: number;
  width: number;
  height: number;
}

/**
 * Components ELK sees as one box. A `row` sits side by side, joined by an edge ELK could not
 * draw (same layer). A `column` stacks a control-plane node's parts so three nodes fit a
 * docs column; its inner links run along a lane on its left. A `grid` holds a node's Pods
 * in rows of two under their shim: ELK routes one link (`trunk`, a model edge) from the
 * shim to the top of the spine between the two columns, and every shim → Pod link follows
 * it down the spine, then sideways into its Pod.
 */
export interface Row {
  id: string;
  axis: 'row' | 'column' | 'grid';
  members: RowMember[];
  trunk?: number;
  /** Where the spine runs, from the composite's left side. */
  spine?: number;
}

/** What fromElk needs to turn ELK's answer back into our geometry. */
export interface ElkPlan {
  index: ModelIndex;
  /** ELK edge id → model edge index, and whether the layout drew it against the model's direction. */
  edges: Map<string, { edge: number; reversed: boolean }>;
  rows: Map<string, Row>;
  rowOf: Map<string, string>;
  /** Model edges drawn inside a row (straight, sideways) or a column (along its lane). */
  rowEdges: number[];
  /** Model edges left out of ELK and routed in a channel afterwards (Raft between etcd members). */
  peerEdges: number[];
  /** Model edges drawn along a Pod grid's spine → the grid's id. */
  gridEdges: Map<number, string>;
}

export const ROOT_LAYOUT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'DOWN',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
  'elk.padding': '[top=8,left=8,bottom=8,right=8]',
  'elk.spacing.nodeNode': '20',
  'elk.spacing.edgeNode': '14',
  'elk.spacing.edgeEdge': '8',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
};

const rowId = (first: string) => `row:${first}`;
const SIDEWAYS = new Set(['cri-dockerd>dockerd', 'dockerd>containerd']);
const OCI = new Set(['runc', 'crun', 'youki']);

/**
 * Pairs that read best side by side: the apiserver and its own etcd; a removed sideways path;
 * an engine handing work to another of its band (cri-dockerd → dockerd → containerd), so a
 * band stays one row; a node's shim and the OCI runtime it runs, so the Pods have their row.
 */
function findRows(model: Model, index: ModelIndex): Array<[string, string, number | undefined]> {
  const hasPeers = new Set<string>();
  for (const e of model.edges) if (e.kind === 'peer') hasPeers.add(e.from).add(e.to);
  const taken = new Set<string>();
  const pairs: Array<[string, string, number | undefined]> = [];
  model.edges.forEach((e, i) => {
    const a = index.byId.get(e.from);
    const b = index.byId.get(e.to);
    if (!a || !b || a.parent !== b.parent || index.isGroup(a.id) || index.isGroup(b.id)) return;
    if (taken.has(a.id) || taken.has(b.id)) return;
    const apiAndEtcd = a.kind === 'apiserver' && b.kind === 'etcd' && !hasPeers.has(b.id);
    const engines = index.byId.get(a.parent ?? '')?.kind === 'layer' && SIDEWAYS.has(`${a.kind}>${b.kind}`);
    // On a node, the OCI runtime beside its shim: the Pods, not runc, hang under the shim.
    const ociBesideShim = a.kind === 'shim' && OCI.has(b.kind) && index.byId.get(a.parent ?? '')?.kind === 'node';
    if (apiAndEtcd || engines || ociBesideShim || e.kind === 'removed') {
      pairs.push([a.id, b.id, i]);
      taken.add(a.id).add(b.id);
    }
  });
  // A node's kube-proxy sits beside its kubelet (F4), whatever ELK would prefer.
  for (const kubelet of model.components) {
    if (kubelet.kind !== 'kubelet' || taken.has(kubelet.id) || kubelet.parent === undefined) continue;
    const proxy = index.childrenOf(kubelet.parent).find((c) => c.kind === 'kube-proxy' && !taken.has(c.id));
    if (!proxy) continue;
    pairs.push([kubelet.id, proxy.id, undefined]);
    taken.add(kubelet.id).add(proxy.id);
  }
  return pairs;
}

/**
 * A node's Pods that wrap into a grid: more than two, each linked only from the one shim of
 * their node (a Pod that other links reach, a probe or a Service's rules, keeps its row).
 * The default figures' two Pods per node never wrap.
 */
function findPodGrids(model: Model, index: ModelIndex, taken: ReadonlyMap<string, string>): Array<{ shim: string; pods: string[]; edges: number[] }> {
  const out: Array<{ shim: string; pods: string[]; edges: number[] }> = [];
  for (const node of model.components) {
    if (node.kind !== 'node') continue;
    const children = index.childrenOf(node.id);
    const pods = children.filter((c) => c.kind === 'pod' && !index.isGroup(c.id) && !taken.has(c.id)).map((c) => c.id);
    const shims = children.filter((c) => c.kind === 'shim');
    if (pods.length <= POD_GRID_COLUMNS || shims.length !== 1) continue;
    const shim = shims[0]!.id;
    const members = new Set(pods);
    const edges: number[] = [];
    let clean = true;
    model.edges.forEach((e, i) => {
      if (!members.has(e.from) && !members.has(e.to)) return;
      if (e.from === shim && members.has(e.to) && e.kind !== 'peer' && e.kind !== 'removed') edges.push(i);
      else clean = false;
    });
    if (clean && edges.length === pods.length && new Set(edges.map((i) => model.edges[i]!.to)).size === pods.length) out.push({ shim, pods, edges });
  }
  return out;
}

/**
 * Control-plane nodes of a highly available figure, stacked: the apiserver on top, the
 * controllers under it, etcd last so its Raft links leave from the bottom.
 */
function findColumns(index: ModelIndex): Array<{ group: string; members: string[] }> {
  const planes = index.model.components.filter((c) => c.kind === 'control-plane');
  if (planes.length < 2) return [];
  return planes.map((g) => {
    const leaves = index.childrenOf(g.id).filter((c) => !index.isGroup(c.id));
    const order = (kind: string) => (kind === 'apiserver' ? 0 : kind === 'etcd' ? 2 : 1);
    const members = [...leaves].sort((a, b) => order(a.kind) - order(b.kind)).map((c) => c.id);
    return { group: g.id, members };
  }).filter((c) => c.members.length > 1 && c.members.length === index.childrenOf(c.group).length);
}

/**
 * A group's only component is made as wide as its title and a link landing right of it
 * (a managed control plane drawn as its API server alone): ELK gives a group no room for its
 * title (see `build`), so the group would be narrower than the title and every link into it
 * would cross it.
 */
function soleChildWidths(index: ModelIndex): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of index.model.components) {
    // Not a figure's band (the container stack's layers): those widen to the widest one.
    if (!index.isGroup(c.id) || (c.kind === 'layer' && c.parent === undefined)) continue;
    const children = index.childrenOf(c.id);
    if (children.length !== 1 || index.isGroup(children[0]!.id)) continue;
    out.set(children[0]!.id, Math.ceil((titleClearance(c) + LINK_END_MARGIN - GROUP.pad) / 4) * 4);
  }
  return out;
}

/**
 * Model → ELK graph (ARCHITECTURE.md §3): layered, downwards, compound groups with room for their
 * title, edges oriented down the flow of work, all coordinates absolute. Pure: the same
 * model always gives the same graph, which is what presets and caches key on.
 */
export function toElk(
  model: Model,
  sizeOverrides?: ReadonlyMap<string, Size>,
  lastLayer?: ReadonlySet<string>,
): { graph: ElkNode; plan: ElkPlan } {
  const index = new ModelIndex(model);
  const plan: ElkPlan = { index, edges: new Map(), rows: new Map(), rowOf: new Map(), rowEdges: [], peerEdges: [], gridEdges: new Map() };
  const titleFit = soleChildWidths(index);
  /** Groups given room under their title (UNDER_TITLE). */
  const underTitle = new Set<string>();
  const sizeOf = (id: string): Size => {
    const given = sizeOverrides?.get(id);
    if (given) return given;
    const size = componentSize(index.byId.get(id)!);
    const fit = titleFit.get(id);
    return fit !== undefined && fit > size.width ? { ...size, width: fit } : size;
  };

  for (const [a, b, edge] of findRows(model, index)) {
    const sa = sizeOf(a);
    const sb = sizeOf(b);
    const height = Math.max(sa.height, sb.height);
    const row: Row = {
      id: rowId(a),
      axis: 'row',
      members: [
        { id: a, dx: 0, dy: (height - sa.height) / 2, ...sa },
        { id: b, dx: sa.width + (edge === undefined ? ROW_GAP / 2 : ROW_GAP), dy: (height - sb.height) / 2, ...sb },
      ],
    };
    plan.rows.set(row.id, row);
    plan.rowOf.set(a, row.id).set(b, row.id);
    if (edge !== undefined) plan.rowEdges.push(edge);
  }
  for (const { group, members } of findColumns(index)) {
    if (members.some((m) => plan.rowOf.has(m))) continue;
    const sizes = members.map(sizeOf);
    const titleRoom = groupTitleWidth(index.byId.get(group)!) - 2 * GROUP.pad - COLUMN_SPINE;
    const width = Math.max(titleRoom, ...sizes.map((z) => z.width));
    // A title too long for the load balancer's link to land on the top member right of it
    // (French): room under the title for the link to run under it (clearTitles), rather
    // than three nodes wider each.
    if (titleClearance(index.byId.get(group)!) + LINK_END_MARGIN > GROUP.pad + COLUMN_SPINE + width) underTitle.add(group);
    let y = 0;
    const column: Row = {
      id: `column:${group}`,
      axis: 'column',
      members: members.map((id, i) => {
        const m = { id, dx: COLUMN_SPINE, dy: y, width, height: sizes[i]!.height };
        y += sizes[i]!.height + COLUMN_GAP;
        return m;
      }),
    };
    plan.rows.set(column.id, column);
    for (const m of members) plan.rowOf.set(m, column.id);
  }
  model.edges.forEach((e, i) => {
    const r = plan.rowOf.get(e.from);
    if (r !== undefined && r === plan.rowOf.get(e.to) && plan.rows.get(r)!.axis === 'column') plan.rowEdges.push(i);
  });
  for (const { pods, edges } of findPodGrids(model, index, plan.rowOf)) {
    const sizes = pods.map(sizeOf);
    // One cell size for all, so the grid reads as rows and columns.
    const width = Math.max(...sizes.map((z) => z.width));
    const height = Math.max(...sizes.map((z) => z.height));
    const grid: Row = {
      id: `grid:${pods[0]!}`,
      axis: 'grid',
      members: pods.map((id, k) => {
        const col = k % POD_GRID_COLUMNS;
        const row = Math.floor(k / POD_GRID_COLUMNS);
        return { id, dx: col * (width + ROW_GAP), dy: row * (height + POD_GRID_ROW_GAP) + (height - sizes[k]!.height) / 2, width, height: sizes[k]!.height };
      }),
      trunk: edges[0]!,
      spine: width + ROW_GAP / 2,
    };
    plan.rows.set(grid.id, grid);
    for (const id of pods) plan.rowOf.set(id, grid.id);
    for (const i of edges) plan.gridEdges.set(i, grid.id);
  }

  const peerContainers = new Set<string>();
  model.edges.forEach((e, i) => {
    if (e.kind !== 'peer') return;
    plan.peerEdges.push(i);
    const lca = index.commonAncestor(e.from, e.to);
    if (lca !== undefined) peerContainers.add(lca);
  });

  // Edges ELK routes: oriented down the ranks, attached to row ports when needed.
  const elkEdges: ElkEdge[] = [];
  const ports = new Map<string, ElkPort[]>();
  const portCount = new Map<string, number>();
  /** Ports placed at a given x in their composite rather than spread around their member's centre. */
  const portAt = new Map<string, number>();
  const endpoint = (id: string, flow: 'NORTH' | 'SOUTH'): string => {
    const row = plan.rowOf.get(id);
    if (row === undefined) return id;
    // In a column only the top member can be reached from above and the bottom one from
    // below; the others are reached from the side.
    const members = plan.rows.get(row)!.members;
    const first = members[0]!.id === id;
    const last = members[members.length - 1]!.id === id;
    const columnar = plan.rows.get(row)!.axis === 'column';
    const side = !columnar || (flow === 'NORTH' ? first : last) ? flow : 'EAST';
    const key = `${id}:${side}`;
    const n = portCount.get(key) ?? 0;
    portCount.set(key, n + 1);
    const portId = `${key}:${n}`;
    const list = ports.get(row) ?? [];
    list.push({ id: portId });
    ports.set(row, list);
    return portId;
  };
  const skip = new Set([...plan.rowEdges, ...plan.peerEdges]);
  model.edges.forEach((e: ModelEdge, i) => {
    if (skip.has(i)) return;
    const grid = plan.gridEdges.get(i);
    if (grid !== undefined) {
      // A grid's trunk, from the shim down to the top of its spine; its other links follow it.
      if (plan.rows.get(grid)!.trunk !== i) return;
      const id = `e${i}`;
      const source = endpoint(e.from, 'SOUTH');
      // Out of the shim above the spine as if the grid's left side lined up with the shim's
      // row: the grid then sits under that row instead of widening the node.
      const shimRow = plan.rowOf.get(e.from);
      const shim = shimRow === undefined ? undefined : plan.rows.get(shimRow)!.members.find((m) => m.id === e.from);
      if (shim) portAt.set(source, Math.min(Math.max(plan.rows.get(grid)!.spine!, shim.dx + 12), shim.dx + shim.width - 12));
      elkEdges.push({ id, sources: [source], targets: [`${grid}:spine`] });
      plan.edges.set(id, { edge: i, reversed: false });
      return;
    }
    const reversed = index.rank(e.from) > index.rank(e.to);
    const [source, target] = reversed ? [e.to, e.from] : [e.from, e.to];
    const id = `e${i}`;
    elkEdges.push({ id, sources: [endpoint(source, 'SOUTH')], targets: [endpoint(target, 'NORTH')] });
    plan.edges.set(id, { edge: i, reversed });
  });

  const rowNode = (row: Row): ElkNode => {
    const width = row.members.reduce((w, m) => Math.max(w, m.dx + m.width), 0);
    const height = row.members.reduce((h, m) => Math.max(h, row.axis === 'row' ? m.dy * 2 + m.height : m.dy + m.height), 0);
    if (row.axis === 'grid')
      return {
        id: row.id,
        width,
        height,
        ports: [{ id: `${row.id}:spine`, x: row.spine!, y: 0, width: 0, height: 0, layoutOptions: { 'elk.port.side': 'NORTH' } }],
        layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
      };
    // Spread the ports of one member side evenly around its centre.
    const placed: ElkPort[] = (ports.get(row.id) ?? []).map((p) => {
      const [member, side, nth] = p.id.split(':') as [string, 'NORTH' | 'SOUTH' | 'EAST', string];
      const m = row.members.find((mm) => mm.id === member)!;
      const count = portCount.get(`${member}:${side}`) ?? 1;
      const offset = (Number(nth) - (count - 1) / 2) * Math.min(12, (m.width - 16) / Math.max(1, count));
      if (side === 'EAST')
        return { id: p.id, x: width, y: m.dy + m.height / 2 + offset / 2, width: 0, height: 0, layoutOptions: { 'elk.port.side': side } };
      const x = portAt.get(p.id) ?? m.dx + m.width / 2 + offset;
      return {
        id: p.id,
        x,
        y: side === 'NORTH' ? m.dy : m.dy + m.height,
        width: 0,
        height: 0,
        layoutOptions: { 'elk.port.side': side },
      };
    });
    return {
      id: row.id,
      width,
      height,
      ports: placed,
      layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
    };
  };

  const emitted = new Set<string>();
  const build = (parent: string | undefined): ElkNode[] => {
    const out: ElkNode[] = [];
    for (const c of index.childrenOf(parent)) {
      const row = plan.rowOf.get(c.id);
      if (row !== undefined) {
        // The composite stands where its first member was listed.
        if (plan.rows.get(row)!.members.some((m) => emitted.has(m.id))) continue;
        for (const m of plan.rows.get(row)!.members) emitted.add(m.id);
        out.push(rowNode(plan.rows.get(row)!));
        continue;
      }
      if (!index.isGroup(c.id)) {
        const last = lastLayer?.has(c.id);
        out.push({
          id: c.id,
          ...sizeOf(c.id),
          ...(last ? { layoutOptions: { 'elk.layered.layering.layerConstraint': 'LAST_SEPARATE' } } : {}),
        });
        continue;
      }
      const bottom = GROUP.pad + (peerContainers.has(c.id) ? PEER_CHANNEL_SPACE : 0);
      out.push({
        id: c.id,
        children: build(c.id),
        // ELK's minimum-size option inflates compound nodes under INCLUDE_CHILDREN, so
        // titles get their room from the content instead (see columns).
        layoutOptions: {
          'elk.padding': `[top=${GROUP.padTop + (underTitle.has(c.id) ? UNDER_TITLE : 0)},left=${GROUP.pad},bottom=${bottom},right=${GROUP.pad}]`,
        },
      });
    }
    return out;
  };

  const graph: ElkNode = {
    id: 'root',
    layoutOptions: { ...ROOT_LAYOUT_OPTIONS },
    children: build(undefined),
    edges: elkEdges,
  };
  return { graph, plan };
}
