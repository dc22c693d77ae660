// Pure statistics for the benchmark: summaries over repetitions and frame-time figures.

export interface Summary {
  /** How many values were summarised. */
  n: number;
  median: number;
  min: number;
  max: number;
}

/** Median of a list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Median, min and max; NaN everywhere for an empty list. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) return { n: 0, median: Number.NaN, min: Number.NaN, max: Number.NaN };
  return { n: values.length, median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

/**
 * Percentile by nearest rank (p in 0–100): the smallest value with at least p % of the
 * values at or below it. p95 of 20 frame times is the 19th smallest.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/** Successive differences of increasing timestamps (requestAnimationFrame times → frame times). */
export function intervals(timestamps: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < timestamps.length; i++) out.push(timestamps[i]! - timestamps[i - 1]!);
  return out;
}

export interface FrameStats {
  frames: number;
  p95: number;
  /** Share (0–1) of frames longer than `threshold` ms. */
  overShare: number;
  mean: number;
}

/** A frame longer than this (ms) missed at least one 60 Hz refresh: the frames rows count them. */
export const LONG_FRAME_MS = 20;

/** p95 frame time and the share of frames over 20 ms, from frame intervals in ms. */
export function frameStats(frameTimes: readonly number[], threshold = LONG_FRAME_MS): FrameStats {
  if (frameTimes.length === 0) return { frames: 0, p95: Number.NaN, overShare: Number.NaN, mean: Number.NaN };
  const over = frameTimes.filter((t) => t > threshold).length;
  const mean = frameTimes.reduce((s, t) => s + t, 0) / frameTimes.length;
  return { frames: frameTimes.length, p95: percentile(frameTimes, 95), overShare: over / frameTimes.length, mean };
}

export interface TaskEntry {
  startTime: number;
  duration: number;
}

/** Long tasks that overlap [from, to] (a task that started before `to` and ended after `from`). */
export function tasksIn(tasks: readonly TaskEntry[], from: number, to: number): TaskEntry[] {
  return tasks.filter((t) => t.startTime < to && t.startTime + t.duration > from);
}

/** Longest task (0 when none was long) and total blocking time (the part of each task past 50 ms). */
export function blocking(tasks: readonly TaskEntry[]): { longest: number; tbt: number } {
  let longest = 0;
  let tbt = 0;
  for (const t of tasks) {
    longest = Math.max(longest, t.duration);
    tbt += Math.max(0, t.duration - 50);
  }
  return { longest, tbt };
}
