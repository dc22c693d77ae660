// The benchmark's vocabulary: rows (what to measure, declared in rows.ts), their results
// (written to results/latest.json) and budgets (checked after the run).
import type { Model } from '@k8s-diagrams/core';
import type { MermaidLayout } from './mermaid-text.js';
import type { FrameStats, Summary } from './stats.js';

/**
 * Who draws: our element, raw elkjs on our ELK graphs (the floor), raw elkjs on the whole
 * model as one ELK graph (what a one-pass layout would send: context, no budget), or
 * Mermaid with one of its layouts.
 */
export type Side = 'ours' | 'elk-raw' | 'elk-whole' | 'mermaid-dagre' | 'mermaid-elk';

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
  | {
      kind: 'gzip-max';
      bytes: number;
      /** Only fetched files whose URL matches (a RegExp source). */
      files?: string;
      /** Only files none of the row's reference pages fetched (`references` of a bytes row). */
      beyondReferences?: boolean;
      what: string;
    }
  | { kind: 'faster-than-mermaid'; factor: number; against: 'fastest' | MermaidLayout }
  | { kind: 'within-floor'; factor: number }
  | { kind: 'no-task-while-elk'; ms: number }
  | { kind: 'render-task-max'; ms: number }
  | { kind: 'raf-calls-max'; calls: number }
  /** p95 frame time (all windows' frames) at most `factor` × the empty page's, same run. */
  | { kind: 'frames-p95-vs-empty'; factor: number }
  /** Share of frames (all windows) longer than 20 ms (LONG_FRAME_MS) below `share` (0–1). */
  | { kind: 'frames-over-max'; share: number }
  /** A snapshot row's median time at most `ms`. */
  | { kind: 'snapshot-time-max'; ms: number }
  /** A snapshot row's longest main-thread task (every run) at most `ms`. */
  | { kind: 'snapshot-task-max'; ms: number }
);

/** `empty`: a page that only counts frames (the baseline); `player`: the element playing a crowded scenario. */
export type FramesTechnique = 'empty' | 'player';

/** Where a many-diagrams page's players (its diagrams with a scenario) are while it is measured. */
export type PlayersPlace =
  /** In the viewport, started by `autoplay`. */
  | 'on-screen'
  /** Below the spacer, started with `play()` (autoplay waits for visibility). */
  | 'offscreen'
  /** Started by `autoplay` in the viewport, then the page scrolls into the spacer: nothing in view. */
  | 'scrolled-away';

export type ManyLayout = 'half-offscreen' | 'all-offscreen' | 'none';

export type Row = { name: string; budgets?: Budget[] } & (
  | {
      kind: 'bytes';
      figure: Figure;
      /** Mermaid layouts to compare with (each drawn on its own page). */
      mermaid?: MermaidLayout[];
      /**
       * Pages whose fetched files do not count as this figure's own (the entry, the ELK
       * layout): each drawn on its own page; what ours fetched beyond all of them is `beyond`.
       */
      references?: Array<{ what: string; figure: Figure }>;
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
    }
  | {
      kind: 'many';
      /** Diagrams on the page (`{ tag, attrs }`), and where they sit. */
      diagrams: Array<{ tag: string; attrs?: Record<string, string> }>;
      layout: ManyLayout;
      metric: 'heap' | 'raf';
      /** Diagrams with a `scenario` attribute play; where they are when measured (default on-screen). */
      players?: PlayersPlace;
      /** heap: also measure the same page with the scenarios removed (the players' own cost). */
      withoutScenarios?: boolean;
      /** raf: how long to count (default 2000 ms). */
      windowMs?: number;
      /** Pages measured (default REPS, after one warm-up page; with `repetitions`, no warm-up). */
      repetitions?: number;
    }
  | {
      kind: 'snapshot';
      /**
       * `draw`: a `<k8s-cluster>` given a generated snapshot's text (`.objects`), until its
       * diagram is laid out (read in the snapshot worker, then ELK). `audit`: a generated audit
       * log turned into a scenario and resolved on that snapshot's model (core, in the page).
       */
      what: 'draw' | 'audit';
      nodes: number;
      pods: number;
      /** audit: events in the log. */
      events?: number;
    }
);

export interface FetchedFile {
  path: string;
  raw: number;
  gzip: number;
}

export interface FetchedSet {
  files: FetchedFile[];
  raw: number;
  gzip: number;
}

export interface BytesSide extends FetchedSet {
  side: Side;
  /** Reference pages (a bytes row's `references`): what each fetched. */
  references?: Array<{ what: string; label: string; paths: string[] }>;
  /** Files no reference page fetched. */
  beyond?: FetchedSet;
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
  /** One per sampling window. */
  runs: FrameStats[];
  /** Every window's frames together (what the budgets check). */
  all: FrameStats;
  p95: Summary;
  overShare: Summary;
  /** Longest main-thread task inside each window (0: none over 50 ms). */
  longest?: Summary;
  /** Player: token animations moving (running, in their travel) at every window's start and end. */
  moving?: Summary;
  /** Player: animations in the motion layer and `.k8s-token` elements, at every window's start and end. */
  animations?: Summary;
  tokenElements?: Summary;
  /** Player: different routes the tokens take, and the figure's edges. */
  distinct?: number;
  edges?: number;
  /** Player: beats restarted by the loop while measuring, and the longest task that ran one (it redraws every token). */
  restarts?: { count: number; longest: number };
  error?: string;
}

export interface ManyResult {
  runs: number[];
  value: Summary;
  /** heap: the page with the bundle and no diagram. */
  baseline?: Summary;
  /** heap: the same diagrams without their scenarios. */
  withoutScenarios?: Summary;
  /** Pages with players: how many, how many still played when measured, diagrams in the viewport (last repetition). */
  players?: { count: number; playing: number; inView: number; runningAnimations: number };
  error?: string;
}

export interface SnapshotResult {
  runs: number[];
  time: Summary;
  /** Longest main-thread task per run (0 when none exceeded 50 ms). */
  longest: Summary;
  /** draw: components drawn; audit: steps of the scenario. */
  size?: number;
  /** The text's length, in characters. */
  chars?: number;
  error?: string;
}

export type RowResult =
  | { kind: 'bytes'; name: string; sides: BytesSide[] }
  | { kind: 'first-diagram'; name: string; components: number; sides: TimedSide[]; scaling?: boolean }
  | { kind: 'frames'; name: string; technique: FramesTechnique; tokens: number; result: FramesResult; /** The empty page's, same run. */ baseline?: FramesResult }
  | { kind: 'many'; name: string; metric: 'heap' | 'raf'; diagrams: number; players?: PlayersPlace; windowMs?: number; result: ManyResult }
  | { kind: 'snapshot'; name: string; what: 'draw' | 'audit'; result: SnapshotResult };

export interface BudgetCheck {
  row: string;
  level: Level;
  text: string;
  measured: string;
  ok: boolean;
}

export interface BenchResults {
  date: string;
  machine: {
    node: string;
    chromium: string;
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    /** 1-minute load average at the start and the end, and over samples every 10 s. */
    loadStart: number;
    loadEnd: number;
    loadMedian?: number;
    loadMax?: number;
  };
  wallSeconds: number;
  repetitions: { fast: number; fastBelowMs: number; default: number; slow: number; slowAboveMs: number };
  rows: RowResult[];
  /** Rendering outside the browser (render-rows.ts): absent in runs from before it existed. */
  render?: Array<{ name: string; measured: string; detail?: string }>;
  budgets: BudgetCheck[];
  notes: string[];
}
