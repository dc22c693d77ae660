import { canonicalJson, edgeId, hashString, isGroupKind, type Model } from '@k8s-diagrams/core';
import type { Geometry, NodeBox } from './geometry.js';

/**
 * A laid-out figure stored compactly: box corners and sizes in model component order,
 * route points in model edge order. Everything else (ids, kinds, nesting) comes back from
 * the model, so presets cost a few kilobytes.
 */
export interface CompactGeometry {
  w: number;
  h: number;
  /** x, y, width, height per component. */
  n: number[];
  /** x0, y0, x1, y1, … per edge. */
  e: number[][];
}

/** Precomputed geometries of the default figures, keyed by model. */
export type PresetTable = Readonly<Record<string, CompactGeometry>>;

/** No precomputed figure has more components (`computePresets` refuses one that would). */
export const PRESET_LIMIT = 1000;

/**
 * The key a model's geometry is stored and cached under: its canonical JSON (keys sorted,
 * so a model written by hand finds its preset) hashed. A model too big to have a preset,
 * such as a recorded cluster's thousands of components, is keyed by its plain JSON: five
 * times faster, and the same model object gives the same key.
 */
export function modelKey(model: Model): string {
  const text = model.components.length > PRESET_LIMIT ? JSON.stringify(model) : canonicalJson(model);
  return `${hashString(text)}-${text.length.toString(36)}`;
}

export function compactGeometry(model: Model, g: Geometry): CompactGeometry {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const edges = new Map(g.edges.map((e) => [e.id, e]));
  return {
    w: g.width,
    h: g.height,
    n: model.components.flatMap((c) => {
      const b = byId.get(c.id)!;
      return [b.x, b.y, b.width, b.height];
    }),
    e: model.edges.map((e) => edges.get(edgeId(e))!.points.flatMap((p) => [p.x, p.y])),
  };
}

export function expandGeometry(model: Model, compact: CompactGeometry): Geometry {
  const parent = new Map(model.components.map((c) => [c.id, c.parent]));
  const depth = (id: string): number => {
    let d = 0;
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) d++;
    return d;
  };
  const nodes: NodeBox[] = model.components.map((c, i) => ({
    id: c.id,
    kind: c.kind,
    x: compact.n[i * 4]!,
    y: compact.n[i * 4 + 1]!,
    width: compact.n[i * 4 + 2]!,
    height: compact.n[i * 4 + 3]!,
    group: isGroupKind(c.kind),
    depth: depth(c.id),
    ...(c.parent !== undefined ? { parent: c.parent } : {}),
  }));
  const edges = model.edges.map((e, i) => {
    const flat = compact.e[i]!;
    const points = [];
    for (let k = 0; k < flat.length; k += 2) points.push({ x: flat[k]!, y: flat[k + 1]! });
    return { id: edgeId(e), from: e.from, to: e.to, kind: e.kind ?? 'call', points };
  });
  return { width: compact.w, height: compact.h, nodes, edges };
}
