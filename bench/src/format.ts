// Number formatting shared by the table, the budget checks and the chart.
import type { Summary } from './stats.js';

export function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

export function fmtKb(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  return `${(bytes / 1024).toFixed(1)} KB`;
}

export function fmtRatio(r: number): string {
  if (!Number.isFinite(r)) return '—';
  return r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(2)}×`;
}

export function fmtPct(share: number): string {
  if (!Number.isFinite(share)) return '—';
  return `${(share * 100).toFixed(share > 0 && share < 0.01 ? 2 : 1)} %`;
}

/** `median (min–max)` in the given unit. */
export function fmtSummary(s: Summary, fmt: (n: number) => string = fmtMs): string {
  if (s.n === 0 || !Number.isFinite(s.median)) return '—';
  if (s.n === 1 || s.min === s.max) return fmt(s.median);
  const [m, lo, hi] = [fmt(s.median), fmt(s.min), fmt(s.max)];
  const unit = (t: string) => / [^\d\s]+$/.exec(t)?.[0] ?? '';
  const same = unit(m) !== '' && unit(m) === unit(lo) && unit(m) === unit(hi);
  const bare = (t: string) => (same ? t.slice(0, -unit(t).length) : t);
  return `${m} (${bare(lo)}–${bare(hi)})`;
}

/** A long-task figure: 0 means no task exceeded 50 ms (the Long Tasks API reports nothing shorter). */
export function fmtTask(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  return ms === 0 ? '<50 ms' : fmtMs(ms);
}

export function fmtTaskSummary(s: Summary): string {
  if (s.n === 0) return '—';
  if (s.max === 0) return '<50 ms';
  if (s.min === s.max) return fmtTask(s.median);
  return `${fmtTask(s.median)} (${fmtTask(s.min)}–${fmtTask(s.max)})`;
}
