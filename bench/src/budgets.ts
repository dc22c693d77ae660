// Budget checks: pure functions of a row's declared budgets and its measured result.
import { fmtKb, fmtMs, fmtPct, fmtRatio, fmtTask } from './format.js';
import { LONG_FRAME_MS } from './stats.js';
import type { Budget, BudgetCheck, Row, RowResult, TimedSide } from './types.js';
import { MERMAID_SIDES } from './types.js';

const KB = 1024;

/** The budgets ARCHITECTURE.md §5 and issue #3 set, as constructors rows can use. */
export const budgets = {
  entryGzip: (): Budget => ({ kind: 'gzip-max', bytes: 40 * KB, what: 'entry module (all JS a default figure fetches)' }),
  /** What a page with a scenario fetches beyond the entry and the ELK layout (the row's `references`). */
  motionGzip: (): Budget => ({ kind: 'gzip-max', bytes: 30 * KB, beyondReferences: true, what: 'motion code (fetched beyond the entry and the ELK layout)' }),
  fasterThanMermaid: (factor: number, against: 'fastest' | 'dagre' | 'elk' = 'fastest'): Budget => ({
    kind: 'faster-than-mermaid',
    factor,
    against,
  }),
  withinFloor: (factor = 1.3): Budget => ({ kind: 'within-floor', factor }),
  noTaskWhileElk: (ms = 50): Budget => ({ kind: 'no-task-while-elk', ms }),
  renderTaskTarget: (ms = 100): Budget => ({ kind: 'render-task-max', ms, level: 'target' }),
  noAnimationFrames: (): Budget => ({ kind: 'raf-calls-max', calls: 0 }),
  framesP95: (factor: number): Budget => ({ kind: 'frames-p95-vs-empty', factor }),
  framesOver: (share: number): Budget => ({ kind: 'frames-over-max', share }),
  snapshotTime: (ms: number): Budget => ({ kind: 'snapshot-time-max', ms }),
  snapshotTask: (ms: number): Budget => ({ kind: 'snapshot-task-max', ms }),
};

/** What a budget promises, in words (the table's Budget column and the README). */
export function describeBudget(b: Budget): string {
  switch (b.kind) {
    case 'gzip-max':
      return `${b.what} ≤ ${fmtKb(b.bytes)} gzip`;
    case 'faster-than-mermaid':
      return `≥ ${b.factor}× faster than Mermaid${b.against === 'fastest' ? ' (its faster layout)' : ` (${b.against})`}`;
    case 'within-floor':
      return `≤ ${b.factor}× raw elkjs`;
    case 'no-task-while-elk':
      return `no task > ${b.ms} ms while ELK works`;
    case 'render-task-max':
      return `longest rendering task < ${b.ms} ms`;
    case 'raf-calls-max':
      return b.calls === 0 ? 'no requestAnimationFrame calls' : `≤ ${b.calls} requestAnimationFrame calls`;
    case 'frames-p95-vs-empty':
      return `p95 frame time ≤ ${b.factor}× the empty page's`;
    case 'frames-over-max':
      return `< ${fmtPct(b.share)} of frames over ${LONG_FRAME_MS} ms`;
    case 'snapshot-time-max':
      return `≤ ${fmtMs(b.ms)} (median)`;
    case 'snapshot-task-max':
      return `no main-thread task over ${b.ms} ms`;
  }
}

function side(result: RowResult, name: string): TimedSide | undefined {
  return result.kind === 'first-diagram' ? result.sides.find((s) => s.side === name && !s.error) : undefined;
}

function fail(row: string, b: Budget, measured: string): BudgetCheck {
  return { row, level: b.level ?? 'budget', text: describeBudget(b), measured, ok: false };
}

/** Checks one budget against one row's result. Missing measurements fail: a budget is never assumed met. */
export function checkBudget(row: Pick<Row, 'name'>, b: Budget, result: RowResult): BudgetCheck {
  const level = b.level ?? 'budget';
  const text = describeBudget(b);
  const done = (ok: boolean, measured: string): BudgetCheck => ({ row: row.name, level, text, measured, ok });
  switch (b.kind) {
    case 'gzip-max': {
      if (result.kind !== 'bytes') return fail(row.name, b, 'not a bytes row');
      const ours = result.sides.find((s) => s.side === 'ours');
      if (!ours || ours.error) return fail(row.name, b, ours?.error ?? 'not measured');
      if (b.beyondReferences && !ours.beyond) return fail(row.name, b, 'no reference page measured');
      const pattern = b.files ? new RegExp(b.files) : undefined;
      const candidates = b.beyondReferences ? ours.beyond!.files : ours.files;
      const files = pattern ? candidates.filter((f) => pattern.test(f.path)) : candidates;
      if (files.length === 0) return fail(row.name, b, b.beyondReferences ? 'nothing fetched beyond the reference pages' : `no fetched file matches /${b.files ?? ''}/`);
      const gzip = files.reduce((s, f) => s + f.gzip, 0);
      return done(gzip <= b.bytes, `${fmtKb(gzip)} gzip`);
    }
    case 'faster-than-mermaid': {
      const ours = side(result, 'ours');
      if (!ours) return fail(row.name, b, 'ours not measured');
      const layouts = b.against === 'fastest' ? (['dagre', 'elk'] as const) : ([b.against] as const);
      const theirs = layouts.map((l) => side(result, MERMAID_SIDES[l])).filter((s): s is TimedSide => s !== undefined);
      if (theirs.length < layouts.length) return fail(row.name, b, 'Mermaid not measured');
      const fastest = theirs.reduce((a, c) => (c.time.median < a.time.median ? c : a));
      const ratio = fastest.time.median / ours.time.median;
      return done(ratio >= b.factor, `${fmtRatio(ratio)} (${fastest.side} ${fmtMs(fastest.time.median)} / ours ${fmtMs(ours.time.median)})`);
    }
    case 'within-floor': {
      const ours = side(result, 'ours');
      const floor = side(result, 'elk-raw');
      if (!ours || !floor) return fail(row.name, b, 'ours or raw elkjs not measured');
      const ratio = ours.time.median / floor.time.median;
      return done(ratio <= b.factor, `${fmtRatio(ratio)} (ours ${fmtMs(ours.time.median)} / elkjs ${fmtMs(floor.time.median)})`);
    }
    case 'no-task-while-elk': {
      const ours = side(result, 'ours');
      if (!ours?.whileElk) return fail(row.name, b, 'not measured');
      const worst = Math.max(ours.whileElk.max, ours.coldWhileElk ?? 0);
      return done(worst <= b.ms, `longest ${fmtTask(worst)}`);
    }
    case 'render-task-max': {
      const ours = side(result, 'ours');
      if (!ours?.render) return fail(row.name, b, 'not measured');
      return done(ours.render.max < b.ms, `longest ${fmtTask(ours.render.max)}`);
    }
    case 'raf-calls-max': {
      if (result.kind !== 'many' || result.result.error) return fail(row.name, b, 'not measured');
      return done(result.result.value.max <= b.calls, `${result.result.value.max} calls`);
    }
    case 'frames-p95-vs-empty': {
      if (result.kind !== 'frames' || result.result.error) return fail(row.name, b, 'not measured');
      const empty = result.baseline;
      if (!empty || empty.error || !Number.isFinite(empty.all.p95)) return fail(row.name, b, 'the empty page was not measured');
      const ratio = result.result.all.p95 / empty.all.p95;
      return done(ratio <= b.factor, `${fmtRatio(ratio)} (p95 ${fmtMs(result.result.all.p95)} / empty page ${fmtMs(empty.all.p95)})`);
    }
    case 'frames-over-max': {
      if (result.kind !== 'frames' || result.result.error) return fail(row.name, b, 'not measured');
      const share = result.result.all.overShare;
      return done(share < b.share, `${fmtPct(share)} of ${result.result.all.frames} frames`);
    }
    case 'snapshot-time-max': {
      if (result.kind !== 'snapshot' || result.result.error) return fail(row.name, b, result.kind === 'snapshot' ? (result.result.error ?? '') : 'not measured');
      return done(result.result.time.median <= b.ms, fmtMs(result.result.time.median));
    }
    case 'snapshot-task-max': {
      if (result.kind !== 'snapshot' || result.result.error) return fail(row.name, b, 'not measured');
      return done(result.result.longest.max <= b.ms, `longest ${fmtTask(result.result.longest.max)}`);
    }
  }
}

/** Every budget of every row, in row order. */
export function checkAll(rows: readonly Row[], results: readonly RowResult[]): BudgetCheck[] {
  const out: BudgetCheck[] = [];
  for (const row of rows) {
    const result = results.find((r) => r.name === row.name);
    for (const b of row.budgets ?? []) out.push(result ? checkBudget(row, b, result) : fail(row.name, b, 'row did not run'));
  }
  return out;
}

/** The run fails when any budget (not a target) is missed. */
export function budgetsMet(checks: readonly BudgetCheck[]): boolean {
  return checks.every((c) => c.ok || c.level === 'target');
}
