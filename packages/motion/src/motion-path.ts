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
