import { componentLabels, type Model, type ModelComponent } from '@k8s-diagrams/core';
import { GROUP, groupTitleWidth } from './box-sizes.js';
import type { Geometry, NodeBox, Point } from './geometry.js';
import { textWidth } from './metrics.js';

/** The widest of a group's titles (its languages), text only. */
export function titleTextWidth(component: Pick<ModelComponent, 'kind' | 'label'>): number {
  let w = 0;
  for (const label of componentLabels(component)) w = Math.max(w, textWidth(label, GROUP.titleSize, true));
  return w;
}

/**
 * How far right of a group's left side a link must run to keep off its title: past the
 * title's text (squeezed as the drawing squeezes it into a narrow group) and the 6 px the
 * drawing keeps between a title and a link (it moves a title off any link nearer).
 */
export function titleClearance(component: Pick<ModelComponent, 'kind' | 'label'>, groupWidth = Infinity): number {
  const room = groupWidth - (GROUP.pad + GROUP.icon + 8) - GROUP.pad;
  return GROUP.pad + GROUP.icon + 6 + Math.min(titleTextWidth(component), room) + 6;
}

/** How close to its component's corner a link that clears a title may end (its arrowhead), or start. */
export const LINK_END_MARGIN = 8;
export const LINK_START_MARGIN = 6;

/**
 * Extra room under a group's title (its top padding) for a link that cannot meet its
 * component right of the title, the component ending before the title does: the link
 * crosses the group's top right of the title, then jogs under it onto the component.
 */
export const UNDER_TITLE = 12;

/** The band of a group's title (its icon and text), in diagram coordinates. */
function titleBand(box: NodeBox, component: ModelComponent) {
  return {
    left: box.x + GROUP.pad - 6,
    right: box.x + groupTitleWidth(component),
    top: box.y + 4,
    bottom: box.y + 30,
    clear: Math.ceil(box.x + titleClearance(component, box.width)),
    groupRight: box.x + box.width,
  };
}

type Band = ReturnType<typeof titleBand> & { id: string };

/**
 * Where a link's run onto `box` keeps off the title. Its end (an arrowhead): past the
 * longer of the title's languages with room to spare if the component reaches that far,
 * else just past the title's text, as near the component's corner as the arrowhead allows.
 * Its start: just past the text, as near the component's middle as it can.
 */
function clearX(band: Band, box: NodeBox, end: 'start' | 'end'): number {
  const right = box.x + box.width;
  if (end === 'start') return Math.round(Math.min(band.clear, right - LINK_START_MARGIN));
  if (band.right + 6 <= right - 10) return Math.round(band.right + 6);
  return Math.round(Math.min(Math.max(band.clear, right - 10), right - LINK_END_MARGIN));
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
  const x = clearX(band, target, 'end');
  const groupTop = band.top - 4;
  if (x <= end.x || groupTop - start.y < 8) return;
  const y = Math.round((start.y + groupTop) / 2);
  points.splice(1, 0, { x: start.x, y }, { x, y });
  end.x = x;
}

/**
 * Moves a link's vertical run (`end` on `box`'s top side, `corner` above it, then a
 * horizontal segment to `next`) right of the title it crosses, if any. If the component
 * ends before the title does, the run still meets it as far right as it can and, if the
 * group left room under its title, crosses the group's top past the title: the two points
 * of that jog are returned, from `end`'s side, for the caller to insert.
 */
function clearRun(end: Point, corner: Point, next: Point, box: NodeBox, bands: Band[], which: 'start' | 'end'): Point[] | undefined {
  if (corner.x !== end.x || corner.y >= end.y || next.y !== corner.y || Math.abs(end.y - box.y) > 1) return undefined;
  const band = bands.find((b) => end.x > b.left && end.x < b.right && corner.y < b.bottom && end.y > b.top);
  if (!band) return undefined;
  const x = Math.max(end.x, clearX(band, box, which));
  corner.x = x;
  end.x = x;
  // The component ends before the title does, but the group left room under the title
  // (UNDER_TITLE): the run crosses the group's top past the title and jogs under it.
  if (x >= band.clear || box.y - band.bottom < 8 || band.clear > band.groupRight - GROUP.pad / 2) return undefined;
  const y = Math.round(box.y - UNDER_TITLE / 2 - 2);
  corner.x = band.clear;
  return [{ x, y }, { x: band.clear, y }];
}

/**
 * Links that cross a group's title where they meet a component of its first row, from
 * above (a link entering the group) or upwards (a kubelet's link leaving its node): that
 * vertical run moves right, past the title (its longer language), or as far as it can while
 * it still meets the component (a few px from its corner), then jogs under the title if the
 * group left room there (UNDER_TITLE); else the title moves past it if the group is wide
 * enough (see the drawing). Links are routed orthogonally, so the run's other corner moves
 * with it along its horizontal segment.
 */
export function clearTitles(geometry: Geometry, model: Model): Geometry {
  const components = new Map(model.components.map((c) => [c.id, c]));
  const boxes = new Map(geometry.nodes.map((n) => [n.id, n]));
  const bands = geometry.nodes.filter((n) => n.group && components.has(n.id)).map((n) => ({ id: n.id, ...titleBand(n, components.get(n.id)!) }));
  for (const edge of geometry.edges) {
    const points = edge.points;
    const target = boxes.get(edge.to);
    const source = boxes.get(edge.from);
    if (points.length === 2 && target) jogStraightDrop(points, target, bands);
    const n = points.length;
    if (n < 3) continue;
    // The last run: downwards onto the target's top side, after a horizontal segment.
    const last = target && clearRun(points[n - 1]!, points[n - 2]!, points[n - 3]!, target, bands, 'end');
    if (last) points.splice(n - 1, 0, ...last.reverse());
    // The first run: upwards from the source's top side, before a horizontal segment.
    const first = source && clearRun(points[0]!, points[1]!, points[2]!, source, bands, 'start');
    if (first) points.splice(1, 0, ...first);
  }
  return geometry;
}
