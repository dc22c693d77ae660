import type { Model } from '@k8s-diagrams/core';
import { round, type NodeBox, type Point } from './geometry.js';
import type { ModelIndex } from './model-index.js';

const CHANNEL_OFFSET = 10;
const CHANNEL_STEP = 8;

/**
 * Routes peer links (etcd's Raft) below their members: down from each member, along a
 * channel under the part of the drawing that holds them, and up into the other member.
 * Links whose spans overlap get channels of their own so every link stays visible.
 */
export function routePeerEdges(
  edgeIndexes: number[],
  model: Model,
  index: ModelIndex,
  boxes: ReadonlyMap<string, NodeBox>,
): Array<{ edge: number; points: Point[] }> {
  const out: Array<{ edge: number; points: Point[] }> = [];
  const levels: Array<Array<[number, number]>> = [];
  // Several links leave one member: spread where they leave it.
  const used = new Map<string, number>();
  const degree = new Map<string, number>();
  for (const i of edgeIndexes) {
    const e = model.edges[i]!;
    degree.set(e.from, (degree.get(e.from) ?? 0) + 1).set(e.to, (degree.get(e.to) ?? 0) + 1);
  }
  const anchor = (id: string): number => {
    const box = boxes.get(id)!;
    const n = used.get(id) ?? 0;
    used.set(id, n + 1);
    const count = degree.get(id) ?? 1;
    return round(box.x + box.width / 2 + (n - (count - 1) / 2) * 10);
  };
  const sorted = [...edgeIndexes].sort((a, b) => span(a) - span(b));
  function span(i: number): number {
    const e = model.edges[i]!;
    return Math.abs((boxes.get(e.from)?.x ?? 0) - (boxes.get(e.to)?.x ?? 0));
  }
  for (const i of sorted) {
    const e = model.edges[i]!;
    const a = boxes.get(e.from);
    const b = boxes.get(e.to);
    if (!a || !b) continue;
    const lca = index.commonAncestor(e.from, e.to);
    const branchBottom = (id: string) => {
      const branch = boxes.get(index.branchUnder(id, lca));
      return branch ? branch.y + branch.height : 0;
    };
    const floor = Math.max(branchBottom(e.from), branchBottom(e.to));
    const xa = anchor(e.from);
    const xb = anchor(e.to);
    const [lo, hi] = xa < xb ? [xa, xb] : [xb, xa];
    let level = levels.findIndex((taken) => taken.every(([l, h]) => hi < l - 4 || lo > h + 4));
    if (level < 0) level = levels.push([]) - 1;
    levels[level]!.push([lo, hi]);
    const y = round(floor + CHANNEL_OFFSET + level * CHANNEL_STEP);
    out.push({
      edge: i,
      points: [
        { x: xa, y: a.y + a.height },
        { x: xa, y },
        { x: xb, y },
        { x: xb, y: b.y + b.height },
      ],
    });
  }
  return out;
}
