// The benchmark's vocabulary: rows (what to measure, declared in rows.ts), their results
// (written to results/latest.json) and budgets (checked after the run).
import type { Model } from '@k8s-diagrams/core';
import type { MermaidLayout } from './mermaid-text.js';
import type { FrameStats, Summary } from './stats.js';

/** Who draws: our element, raw elkjs on our ELK graphs (the floor), or Mermaid with one of its layouts. */
export type Side = 'ours' | 'elk-raw' | 'mermaid-dagre' | 'mermaid-elk';

export const MERMAID_SIDES: Record<MermaidLayout, Side> = { dagre: 'mermaid-dagre', elk: 'mermaid-elk' };

/** A figure both sides draw. */
export interface Figure {
  /** How a doc author writes it, e.g. `<k8s-cluster workers="50" pods="3">`. */
  label: string;
  tag: string;
  attrs?: Record<string, string>;
  /**
   * The model drawn at repetition `rep` (0 is the cold run). It is Mermaid's input; for a
   * `fresh` figure it is also ours, set through `.model`.
   */
  model: (rep: number) => Model;
  /**
   * Custom topology: every repetition sets a model with renamed ids (same lengths) through
   * `.model`, so nothing comes from a preset or a cache. Default figures are inserted as
   * markup instead: their precomputed layout ships in the entry module, it is the product.
   */
  fresh?: boolean;
}

export type Level = 'budget' | 'target';

export type Budget = { level?: Level } & (
  | { kind: 'gzip-max'; bytes: number; /** Only fetched files whose URL matches (a RegExp source). */ files?: string; what: string }
  | { kind: 'faster-than-mermaid'; factor: number; against: 'fastest' | MermaidLayout }
  | { kind: 'within-floor'; factor: number }
  | { kind: 'no-task-while-elk'; ms: number }
  | { kind: 'render-task-max'; ms: number }
  | { kind: 'raf-calls-max'; calls: number }
);

export type FramesTechnique = 'empty' | 'svg-getPointAtLength' | 'waapi-offset-path';

export type ManyLayout = 'half-offscreen' | 'all-offscreen' | 'none';

export type Row = { name: string; budgets?: Budget[] } & (
  | {
      kind: 'bytes';
      figure: Figure;
      /** Mermaid layouts to compare with (each drawn on its own page). */
      mermaid?: MermaidLayout[];
    }
  | {
      kind: 'first-diagram';
      figure: Figure;
      sides: Side[];
      /** Plot this row on the scaling chart (x = components in the model). */
      scaling?: boolean;
    }
  | {
      kind: 'frames';
      technique: FramesTechnique;
      tokens: number;
      /** The figure the tokens run over (ignored for the empty page). */
      figure?: Figure;
      /** A technique the motion player may use; it is not the library's code. */
      candidate?: boolean;
    }
  | {
      kind: 'many';
      /** Diagrams on the page (`{ tag, attrs }`), and where they sit. */
      diagrams: Array<{ tag: string; attrs?: Record<string, string> }>;
      layout: ManyLayout;
      metric: 'heap' | 'raf';
    }
);

export interface FetchedFile {
  path: string;
  raw: number;
  gzip: number;
}

export interface BytesSide {
  side: Side;
  files: FetchedFile[];
  raw: number;
  gzip: number;
  error?: string;
}

export interface TimedSide {
  side: Side;
  /** The first repetition on a fresh page: modules, worker and JIT cold. Also the warm-up. */
  cold: number;
  /** Warm repetitions, ms. */
  runs: number[];
  time: Summary;
  /** Longest main-thread task (0 when none exceeded 50 ms) and total blocking time, per warm run. */
  longest: Summary;
  tbt: Summary;
  coldLongest: number;
  /** Ours on a custom topology: the longest task while ELK was working, and after its last answer. */
  whileElk?: Summary;
  render?: Summary;
  coldWhileElk?: number;
  coldRender?: number;
  /** Ours on a custom topology: time before the first ELK graph, from it to ELK's last answer, and after. */
  phases?: { beforeElk: Summary; elk: Summary; afterElk: Summary };
  /** Graphs sent to ELK per repetition (ours and the floor send the same ones). */
  elkGraphs?: number;
  /** What was drawn (components for ours, nodes + subgraphs for Mermaid), a sanity check. */
  drawn?: number;
  error?: string;
}

export interface FramesResult {
  runs: FrameStats[];
  p95: Summary;
  overShare: Summary;
  /** Main-thread ms spent per frame by the technique's own code (per-frame loop only). */
  scriptPerFrame?: Summary;
  error?: string;
}

export interface ManyResult {
  runs: number[];
  value: Summary;
  baseline?: Summary;
  error?: string;
}

export type RowResult =
  | { kind: 'bytes'; name: string; sides: BytesSide[] }
  | { kind: 'first-diagram'; name: string; components: number; sides: TimedSide[]; scaling?: boolean }
  | { kind: 'frames'; name: string; technique: FramesTechnique; tokens: number; candidate?: boolean; result: FramesResult; baseline?: FramesResult }
  | { kind: 'many'; name: string; metric: 'heap' | 'raf'; diagrams: number; result: ManyResult };

export interface BudgetCheck {
  row: string;
  level: Level;
  text: string;
  measured: string;
  ok: boolean;
}

export interface BenchResults {
  date: string;
  machine: { node: string; chromium: string; cpus: number; cpuModel: string; memoryGb: number; loadStart: number; loadEnd: number };
  wallSeconds: number;
  repetitions: { fast: number; fastBelowMs: number; default: number; slow: number; slowAboveMs: number };
  rows: RowResult[];
  budgets: BudgetCheck[];
  notes: string[];
}
