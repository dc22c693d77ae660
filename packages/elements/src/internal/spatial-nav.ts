export type Direction = 'up' | 'down' | 'left' | 'right';

export interface NavTarget {
  id: string;
  x: number;
  y: number;
}

/**
 * The target a reader means by pressing an arrow key: the nearest one in that direction,
 * preferring those straight ahead over those off to the side.
 */
export function nextInDirection(targets: readonly NavTarget[], from: NavTarget, direction: Direction): NavTarget | undefined {
  let best: NavTarget | undefined;
  let bestScore = Infinity;
  for (const t of targets) {
    if (t.id === from.id) continue;
    const dx = t.x - from.x;
    const dy = t.y - from.y;
    const ahead = direction === 'up' ? -dy : direction === 'down' ? dy : direction === 'left' ? -dx : dx;
    const aside = direction === 'up' || direction === 'down' ? Math.abs(dx) : Math.abs(dy);
    if (ahead <= 0.5) continue;
    const score = ahead + aside * 2.5;
    if (score < bestScore) [best, bestScore] = [t, score];
  }
  return best;
}

/** Reading order: top to bottom, then left to right. */
export function readingOrder(targets: readonly NavTarget[]): NavTarget[] {
  return [...targets].sort((a, b) => a.y - b.y || a.x - b.x);
}
