// Budget checks: pure functions of a row's declared budgets and its measured result.
import { fmtKb, fmtMs, fmtRatio, fmtTask } from './format.js';
import type { Budget, BudgetCheck, Row, RowResult, TimedSide } from './types.js';
import { MERMAID_SIDES } from './types.js';

const KB = 1024;

/** The budgets DESIGN.md §1 and issue #3 set, as constructors rows can use. */
export const budgets = {
  entryGzip: (): Budget => ({ kind: 'gzip-max', bytes: 40 * KB, what: 'entry module (all JS a default figure fetches)' }),
  motionGzip: (): Budget => ({ kind: 'gzip-max', bytes: 30 * KB, files: 'motion', what: 'motion chunk' }),
  fasterThanMermaid: (factor: number, against: 'fastest' | 'dagre' | 'elk' = 'fastest'): Budget => ({
    kind: 'faster-than-mermaid',
    factor,
    against,
  }),
  withinFloor: (factor = 1.3): Budget => ({ kind: 'within-floor', factor }),
  noTaskWhileElk: (ms = 50): Budget => ({ kind: 'no-task-while-elk', ms }),
  renderTaskTarget: (ms = 100): Budget => ({ kind: 'render-task-max', ms, level: 'target' }),
  noAnimationFrames: (): Budget => ({ kind: 'raf-calls-max', calls: 0 }),
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
      const pattern = b.files ? new RegExp(b.files) : undefined;
      const files = pattern ? ours.files.filter((f) => pattern.test(f.path)) : ours.files;
      if (files.length === 0) return fail(row.name, b, `no fetched file matches /${b.files ?? ''}/`);
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
