import { canonicalJson, diagramError, hashString, validateModel, type DiagramError, type Model } from '@k8s-diagrams/core';
import type { ElkFactory, ElkLike, ElkNode } from './elk-types.js';
import { layoutModel } from './layout-model.js';
import type { Geometry } from './geometry.js';

/** Precomputed ELK answers, keyed by the hash of the graph they answer. */
export type PresetTable = Readonly<Record<string, ElkNode>>;

export interface LayoutEngineOptions {
  /** Where ELK comes from; asked only when a graph has no preset or cached answer. */
  elk: ElkFactory;
  presets?: PresetTable;
  /** One ELK call may take this long before the layout fails with `layout-timeout`. */
  timeoutMs?: number;
  /** Components a model may have before it fails with `layout-too-large`. */
  maxComponents?: number;
  /** Answers kept in memory for graphs laid out before. */
  cacheSize?: number;
}

export type LayoutResult =
  | { ok: true; geometry: Geometry; elkCalls: number }
  | { ok: false; error: DiagramError };

export interface LayoutEngine {
  layout(model: Model): Promise<LayoutResult>;
  /** How many graphs went to ELK since the engine was made (tests and the benchmark read it). */
  readonly elkCalls: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_COMPONENTS = 30_000;

/** The key under which a graph's answer is cached or precomputed. */
export function graphKey(graph: ElkNode): string {
  const text = canonicalJson(graph);
  return `${hashString(text)}-${text.length.toString(36)}`;
}

/** Strips ELK's answer to what fromElk reads, so presets and caches stay small. */
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

class LayoutTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: unknown;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LayoutTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Lays out models: validates them, builds their ELK graph(s), answers from presets or the
 * cache when it can, otherwise asks ELK with a timeout. Never throws: failures come back
 * as errors with a contract code.
 */
export function createLayoutEngine(options: LayoutEngineOptions): LayoutEngine {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxComponents = options.maxComponents ?? DEFAULT_MAX_COMPONENTS;
  const cacheSize = options.cacheSize ?? 24;
  const cache = new Map<string, ElkNode>();
  let elkCalls = 0;
  let elk: Promise<ElkLike> | undefined;

  const runElk = async (graph: ElkNode): Promise<ElkNode> => {
    const key = graphKey(graph);
    const known = options.presets?.[key] ?? cache.get(key);
    if (known) return known;
    elk ??= Promise.resolve(options.elk());
    // A fresh deep copy goes in: ELK writes into the graph it is given.
    const input = JSON.parse(JSON.stringify(graph)) as ElkNode;
    elkCalls++;
    const answer = compactElkResult(await withTimeout((await elk).layout(input), timeoutMs));
    cache.set(key, answer);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    return answer;
  };

  return {
    get elkCalls() {
      return elkCalls;
    },
    async layout(model: Model): Promise<LayoutResult> {
      const checked = validateModel(model);
      if (!checked.ok) return { ok: false, error: checked.errors[0]! };
      const count = checked.value.components.length;
      if (count > maxComponents)
        return {
          ok: false,
          error: diagramError('layout-too-large', 'components', {
            en: `The diagram has ${count} components; the most it can lay out is ${maxComponents}.`,
            fr: `Le diagramme compte ${count} composants ; il ne peut en disposer que ${maxComponents} au plus.`,
          }),
        };
      const before = elkCalls;
      try {
        const geometry = await layoutModel(checked.value, runElk);
        return { ok: true, geometry, elkCalls: elkCalls - before };
      } catch (e) {
        elk = undefined; // a broken worker is not reused
        if (e instanceof LayoutTimeout)
          return {
            ok: false,
            error: diagramError('layout-timeout', '', {
              en: `The layout took longer than ${Math.round(timeoutMs / 1000)} s and was stopped.`,
              fr: `La mise en page a pris plus de ${Math.round(timeoutMs / 1000)} s et a été arrêtée.`,
            }),
          };
        const detail = e instanceof Error ? e.message : String(e);
        const workerIssue = /worker/i.test(detail);
        return {
          ok: false,
          error: diagramError(workerIssue ? 'worker-unavailable' : 'layout-failed', '', {
            en: `${workerIssue ? 'The layout worker could not run' : 'The layout failed'}: ${detail.slice(0, 200)}`,
            fr: `${workerIssue ? "Le worker de mise en page n'a pas pu s'exécuter" : 'La mise en page a échoué'} : ${detail.slice(0, 200)}`,
          }),
        };
      }
    },
  };
}
