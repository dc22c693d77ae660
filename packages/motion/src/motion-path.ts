import type { Point } from '@k8s-diagrams/layout';

/**
 * The CSS `offset-path` a token follows: its polyline as SVG path data in the layer's user
 * units. With `offset-rotate: 0deg` the token (and its label) stays upright.
 */
export function offsetPath(points: readonly Point[]): string {
  return `path('M${points.map((p) => `${round(p.x)} ${round(p.y)}`).join(' L')}')`;
}

/**
 * A D3 easing as a CSS `linear()` timing function, sampled: the browser then runs D3's
 * curve itself, with no script per frame.
 */
export function cssEasing(ease: (t: number) => number, samples = 24): string {
  const stops: string[] = [];
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    stops.push(i === 0 || i === samples ? String(round4(ease(t))) : `${round4(ease(t))} ${round4(t * 100)}%`);
  }
  return `linear(${stops.join(', ')})`;
}

/** The transform that places an element at a point, without motion. */
export function placeAt(p: Point): string {
  return `translate(${round(p.x)},${round(p.y)})`;
}

const round = (v: number) => Math.round(v * 100) / 100;
const round4 = (v: number) => Math.round(v * 10000) / 10000;

/** A `transform` that moves an HTML box to a point of the layer (its user units are px). */
export function translate(p: Point): string {
  return `translate(${round(p.x)}px,${round(p.y)}px)`;
}

/**
 * Keyframes that move a box along a polyline at constant speed: one at each corner, its
 * offset the share of the route's length travelled so far. The animation's easing then
 * applies to the whole trip, exactly as along an `offset-path`.
 */
export function pathKeyframes(points: readonly Point[]): Keyframe[] {
  const lengths = [0];
  for (let i = 1; i < points.length; i++)
    lengths.push(lengths[i - 1]! + Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y));
  const total = lengths[lengths.length - 1]!;
  const last = points.length - 1;
  return points.map((p, i) => ({
    transform: translate(p),
    offset: total > 0 ? round4(lengths[i]! / total) : last > 0 ? round4(i / last) : 0,
  }));
}
