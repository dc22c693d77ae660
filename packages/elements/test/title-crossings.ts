import { shadow, type AnyDiagram } from './helpers.js';

/**
 * No link runs through a group's or a band's title (its icon and text): every story
 * configuration, and every figure as a built-in scenario draws it (with its added parts).
 */
export function crossings(el: AnyDiagram): string[] {
  const root = shadow(el);
  const titles = [...root.querySelectorAll<SVGGElement>('.group-title')].map((t) => ({ id: t.getAttribute('data-title-of')!, box: t.getBoundingClientRect() }));
  const found = new Set<string>();
  // A title that moved to keep clear of links stays inside its group.
  for (const t of root.querySelectorAll<SVGGElement>('.group-title')) {
    const id = t.getAttribute('data-title-of')!;
    const title = t.getBoundingClientRect();
    const group = root.querySelector(`[data-component="${CSS.escape(id)}"] .group-box`)!.getBoundingClientRect();
    if (title.left < group.left || title.right > group.right + 1) found.add(`the title of ${id} leaves its group`);
  }
  for (const path of root.querySelectorAll<SVGPathElement>('g[data-edge] > path:not(.head):not(.cross)')) {
    const edge = path.parentElement!.getAttribute('data-edge')!;
    const matrix = path.getScreenCTM()!;
    const length = path.getTotalLength();
    for (let d = 0; d <= length; d += 2) {
      const p = new DOMPoint(path.getPointAtLength(d).x, path.getPointAtLength(d).y).matrixTransform(matrix);
      for (const { id, box } of titles)
        if (p.x > box.left + 1 && p.x < box.right - 1 && p.y > box.top + 1 && p.y < box.bottom - 1) found.add(`${edge} crosses the title of ${id}`);
    }
  }
  return [...found];
}
