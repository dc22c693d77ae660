// Everything that turns a model into ELK graphs and back, loaded on demand by the engine.
import { canonicalJson, hashString } from '@k8s-diagrams/core';
import type { ElkNode } from './elk-types.js';

export { layoutModel } from './layout-model.js';
export { toElk } from './to-elk.js';

/** The key under which an ELK graph's answer is cached. */
export function graphKey(graph: ElkNode): string {
  const text = canonicalJson(graph);
  return `${hashString(text)}-${text.length.toString(36)}`;
}

/** Strips ELK's answer to what fromElk reads, so cached answers stay small. */
export function compactElkResult(node: ElkNode): ElkNode {
  const out: ElkNode = { id: node.id, x: node.x ?? 0, y: node.y ?? 0, width: node.width ?? 0, height: node.height ?? 0 };
  if (node.children?.length) out.children = node.children.map(compactElkResult);
  if (node.edges?.length)
    out.edges = node.edges.map((e) => ({
      id: e.id,
      sources: [],
      targets: [],
      sections: (e.sections ?? []).map((s) => ({
        startPoint: { x: s.startPoint.x, y: s.startPoint.y },
        endPoint: { x: s.endPoint.x, y: s.endPoint.y },
        ...(s.bendPoints?.length ? { bendPoints: s.bendPoints.map((p) => ({ x: p.x, y: p.y })) } : {}),
      })),
    }));
  return out;
}
