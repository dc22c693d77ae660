import type { Model } from '@k8s-diagrams/core';
import { GROUP, groupTitleWidth } from './box-sizes.js';
import type { Geometry, NodeBox, Point } from './geometry.js';

/** The band of a group's title (its icon and text), in diagram coordinates. */
function titleBand(box: NodeBox, width: number) {
  return { left: box.x + GROUP.pad - 6, right: box.x + width, top: box.y + 4, bottom: box.y + 30 };
}

type Band = ReturnType<typeof titleBand> & { id: string };

/** Past the longer of the title's languages, or as far right as the component allows. */
function clearX(band: Band, target: NodeBox): number {
  return Math.round(Math.min(band.right + 6, target.x + target.width - 10));
}

/**
 * A straight drop from a component above the group onto one of its first row (the load
 * balancer onto the middle control-plane node's API server) gets a jog halfway between the
 * source and the group's top, so its last run lands right of the title.
 */
function jogStraightDrop(points: Point[], target: NodeBox, bands: Band[]): void {
  const [start, end] = points as [Point, Point];
  if (start.x !== end.x || start.y >= end.y || Math.abs(end.y - target.y) > 1) return;
  const band = bands.find((b) => end.x > b.left && end.x < b.right && start.y < b.bottom && end.y > b.top);
  if (!band) return;
  const x = clearX(band, target);
  const groupTop = band.top - 4;
  if (x <= end.x || groupTop - start.y < 8) return;
  const y = Math.round((start.y + groupTop) / 2);
  points.splice(1, 0, { x: start.x, y }, { x, y });
  end.x = x;
}

/**
 * Links that enter a group from above and drop straight onto a component of its first row
 * would cross the group's title: their last vertical run moves right, past the title (its
 * longer language), or as far as it can while it still lands on the component (10 px from
 * its corner); the title then moves past it if the group is wide enough (see the drawing). Links are routed
 * orthogonally, so the run's top corner moves with it along its horizontal segment.
 */
export function clearTitles(geometry: Geometry, model: Model): Geometry {
  const components = new Map(model.components.map((c) => [c.id, c]));
  const boxes = new Map(geometry.nodes.map((n) => [n.id, n]));
  const bands = geometry.nodes
    .filter((n) => n.group && components.has(n.id))
    .map((n) => ({ id: n.id, ...titleBand(n, groupTitleWidth(components.get(n.id)!)) }));
  for (const edge of geometry.edges) {
    const points = edge.points;
    const n = points.length;
    const target = boxes.get(edge.to);
    if (!target) continue;
    if (n === 2) {
      jogStraightDrop(points, target, bands);
      continue;
    }
    if (n < 3) continue;
    const end = points[n - 1]!;
    const corner = points[n - 2]!;
    const before = points[n - 3]!;
    // The last run: vertical, downwards, onto the target's top side, after a horizontal segment.
    if (corner.x !== end.x || corner.y >= end.y || before.y !== corner.y || Math.abs(end.y - target.y) > 1) continue;
    const band = bands.find((b) => end.x > b.left && end.x < b.right && corner.y < b.bottom && end.y > b.top);
    if (!band) continue;
    const x = clearX(band, target);
    if (x <= end.x) continue;
    corner.x = x;
    end.x = x;
  }
  return geometry;
}
