import { diagramError, type DiagramError, type Model } from '@k8s-diagrams/core';
import type { ElkFactory, ElkLike, ElkNode } from './elk-types.js';
import type { Geometry } from './geometry.js';
import { expandGeometry, modelKey, type PresetTable } from './preset-geometry.js';

export interface LayoutEngineOptions {
  /** Where ELK comes from; asked only when a model has no preset or cached layout. */
  elk: ElkFactory;
  presets?: PresetTable;
  /**
   * More precomputed layouts, asked for with the model's key when it is in neither `presets`
   * nor the cache, before the pipeline and ELK (`loadMorePresets`: the default figures but
   * the cluster and the control plane, one table each).
   */
  morePresets?: (key: string) => Promise<PresetTable>;
  /** One ELK call may take this long before the layout fails with `layout-timeout`. */
  timeoutMs?: number;
  /** Components a model may have before it fails with `layout-too-large`. */
  maxComponents?: number;
  /** Layouts kept in memory, per model and per ELK graph. */
  cacheSize?: number;
}

export type LayoutResult =
  | { ok: true; geometry: Geometry; elkCalls: number }
  | { ok: false; error: DiagramError };

/** What a caller already knows about the model, so the engine does not redo it. */
export interface LayoutRequest {
  /** The model was validated already (by `validateModel`, or built by the builders). */
  validated?: boolean;
  /** `modelKey(model)`, if the caller computed it. */
  key?: string;
}

export interface LayoutEngine {
  layout(model: Model, request?: LayoutRequest): Promise<LayoutResult>;
  /** More precomputed layouts (those of the scenarios' figures, loaded with the player). */
  addPresets(table: PresetTable): void;
  /** How many graphs went to ELK since the engine was made (tests and the benchmark read it). */
  readonly elkCalls: number;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_COMPONENTS = 30_000;

class LayoutTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: unknown;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LayoutTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly size: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: V): void {
    this.map.set(key, value);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
  }
}

/**
 * Lays out models: validates them, answers from the presets or the cache when it can,
 * otherwise loads the layout pipeline (a separate chunk) and asks ELK, with a timeout.
 * Never throws: failures come back as errors with a contract code.
 */
export function createLayoutEngine(options: LayoutEngineOptions): LayoutEngine {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxComponents = options.maxComponents ?? DEFAULT_MAX_COMPONENTS;
  const cacheSize = options.cacheSize ?? 24;
  const geometries = new Lru<Geometry>(cacheSize);
  const answers = new Lru<ElkNode>(cacheSize);
  let elkCalls = 0;
  let elk: Promise<ElkLike> | undefined;
  const presets: Record<string, PresetTable[string]> = { ...options.presets };

  return {
    get elkCalls() {
      return elkCalls;
    },
    addPresets(table: PresetTable) {
      Object.assign(presets, table);
    },
    async layout(model: Model, request: LayoutRequest = {}): Promise<LayoutResult> {
      let valid = model;
      if (!request.validated) {
        // Only models given as data need checking (the builders' are valid): load it then.
        const { validateModel } = await import('@k8s-diagrams/core/validate');
        const checked = validateModel(model);
        if (!checked.ok) return { ok: false, error: checked.errors[0]! };
        valid = checked.value;
      }
      const count = valid.components.length;
      if (count > maxComponents)
        return {
          ok: false,
          error: diagramError('layout-too-large', 'components', {
            en: `The diagram has ${count} components; the most it can lay out is ${maxComponents}.`,
            fr: `Le diagramme compte ${count} composants ; il ne peut en disposer que ${maxComponents} au plus.`,
          }),
        };
      const key = request.key ?? modelKey(valid);
      const cached = cacheSize > 0 && !presets[key] ? geometries.get(key) : undefined;
      if (cached) return { ok: true, geometry: structuredClone(cached), elkCalls: 0 };
      if (!presets[key] && options.morePresets) {
        // A failed fetch leaves ELK to do the work, and is tried again at the next miss.
        await options.morePresets(key).then(
          (table) => void Object.assign(presets, table),
          () => undefined,
        );
      }
      const preset = presets[key];
      if (preset) return { ok: true, geometry: expandGeometry(valid, preset), elkCalls: 0 };

      const before = elkCalls;
      try {
        // The pipeline (ELK graphs in and out) is only needed here: keep it out of the entry.
        const { layoutModel, graphKey, compactElkResult } = await import('./pipeline.js');
        const geometry = await layoutModel(valid, async (graph) => {
          const graphId = graphKey(graph);
          const known = cacheSize > 0 ? answers.get(graphId) : undefined;
          if (known) return known;
          elk ??= Promise.resolve(options.elk());
          // A fresh deep copy goes in: ELK writes into the graph it is given.
          const input = JSON.parse(JSON.stringify(graph)) as ElkNode;
          elkCalls++;
          const answer = compactElkResult(await withTimeout((await elk).layout(input), timeoutMs));
          if (cacheSize > 0) answers.set(graphId, answer);
          return answer;
        });
        // Geometries are read-only for their users: the cache keeps this one (no copy on the
        // way to the first diagram) and hands out copies on later hits.
        if (cacheSize > 0) geometries.set(key, geometry);
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
