import type { Point } from '@k8s-diagrams/layout';

const CORNER = 6;

/** An orthogonal route as an SVG path whose bends are slightly rounded. */
export function roundedPath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  const [first] = points;
  let d = `M${first!.x} ${first!.y}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const next = points[i + 1];
    if (!next) {
      d += `L${p.x} ${p.y}`;
      break;
    }
    const prev = points[i - 1]!;
    const r = Math.min(CORNER, distance(prev, p) / 2, distance(p, next) / 2);
    const a = towards(p, prev, r);
    const b = towards(p, next, r);
    d += `L${a.x} ${a.y}Q${p.x} ${p.y} ${b.x} ${b.y}`;
  }
  return d;
}

function distance(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

function towards(from: Point, to: Point, length: number): Point {
  const d = distance(from, to) || 1;
  return { x: round(from.x + ((to.x - from.x) * length) / d), y: round(from.y + ((to.y - from.y) * length) / d) };
}

const round = (v: number) => Math.round(v * 10) / 10;

/** A filled arrowhead whose tip is the route's last point. */
export function arrowHead(points: readonly Point[], size = 7): string {
  const tip = points[points.length - 1];
  const before = points[points.length - 2];
  if (!tip || !before) return '';
  const d = distance(before, tip) || 1;
  const ux = (tip.x - before.x) / d;
  const uy = (tip.y - before.y) / d;
  const bx = tip.x - ux * size;
  const by = tip.y - uy * size;
  const half = size * 0.55;
  return `M${round(tip.x)} ${round(tip.y)}L${round(bx - uy * half)} ${round(by + ux * half)}L${round(bx + uy * half)} ${round(by - ux * half)}Z`;
}

/** The point halfway along a route (where a removed path shows its cross). */
export function midpoint(points: readonly Point[]): Point {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += distance(points[i - 1]!, points[i]!);
  let left = total / 2;
  for (let i = 1; i < points.length; i++) {
    const seg = distance(points[i - 1]!, points[i]!);
    if (seg >= left) return towards(points[i - 1]!, points[i]!, left);
    left -= seg;
  }
  return points[0] ?? { x: 0, y: 0 };
}

/** A route without its last few px, so the stroke stops under the arrowhead's base. */
export function trimEnd(points: readonly Point[], length: number): Point[] {
  const out = points.map((p) => ({ ...p }));
  const tip = out[out.length - 1];
  const before = out[out.length - 2];
  if (!tip || !before) return out;
  const d = distance(before, tip);
  if (d <= length) return out;
  out[out.length - 1] = towards(tip, before, length);
  return out;
}
