export type Direction = 'up' | 'down' | 'left' | 'right';

export interface NavTarget {
  id: string;
  x: number;
  y: number;
}

/** Targets this close vertically read as one row. */
const SAME_ROW = 24;

/**
 * The target a reader means by pressing an arrow key. Left and right stay in the same
 * row when they can; otherwise the nearest target in that direction wins, preferring those
 * straight ahead over those off to the side.
 */
export function nextInDirection(targets: readonly NavTarget[], from: NavTarget, direction: Direction): NavTarget | undefined {
  const horizontal = direction === 'left' || direction === 'right';
  const ahead = (t: NavTarget) =>
    direction === 'up' ? from.y - t.y : direction === 'down' ? t.y - from.y : direction === 'left' ? from.x - t.x : t.x - from.x;
  const aside = (t: NavTarget) => (horizontal ? Math.abs(t.y - from.y) : Math.abs(t.x - from.x));
  const candidates = targets.filter((t) => t.id !== from.id && ahead(t) > 0.5);
  const pool = horizontal ? candidates.filter((t) => aside(t) <= SAME_ROW) : [];
  const scored = (pool.length ? pool : candidates).map((t) => ({ t, score: ahead(t) + aside(t) * 2.5 }));
  scored.sort((a, b) => a.score - b.score);
  return scored[0]?.t;
}

/** Reading order: top to bottom, then left to right. */
export function readingOrder(targets: readonly NavTarget[]): NavTarget[] {
  return [...targets].sort((a, b) => a.y - b.y || a.x - b.x);
}
