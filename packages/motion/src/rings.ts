import { easeCubicOut } from 'd3-ease';
import type { Selection } from 'd3-selection';
import { timer, type Timer } from 'd3-timer';
import type { Box } from './types.js';

const PAD = 4;

interface Ring extends Box {
  id: string;
}

type Rects = Selection<SVGRectElement, Ring, SVGGElement, unknown>;

/**
 * Highlight rings around the components of the current beat. New rings fade in, driven
 * by a d3-timer and eased by d3-ease (a full d3-transition would cost the motion chunk
 * about 9.5 KB gzip for this one fade); under reduced motion they appear at once. A
 * component that stays in the next beat keeps its ring.
 */
export class Rings {
  private fade: { timer: Timer; rings: Rects } | undefined;

  constructor(
    private readonly root: Selection<SVGGElement, unknown, null, undefined>,
    private readonly boxes: ReadonlyMap<string, Box>,
  ) {}

  /** Rings around `ids`; `fadeMs` 0 draws them at once. */
  show(ids: Iterable<string>, fadeMs: number): void {
    this.finish();
    const rings: Ring[] = [];
    for (const id of new Set(ids)) {
      const box = this.boxes.get(id);
      if (box) rings.push({ id, ...box });
    }
    let fresh: Rects | undefined;
    this.root
      .selectAll<SVGRectElement, Ring>('rect.k8s-ring')
      .data(rings, (d) => d.id)
      .join((enter) => {
        fresh = enter
          .append('rect')
          .attr('class', 'k8s-ring')
          .attr('data-component', (d) => d.id)
          .attr('opacity', fadeMs > 0 ? 0 : 1)
          // Default look; the element's stylesheet overrides it by class.
          .attr('fill', 'none')
          .attr('stroke', '#f5a623')
          .attr('stroke-width', 2.5);
        return fresh;
      })
      .attr('x', (d) => d.x - PAD)
      .attr('y', (d) => d.y - PAD)
      .attr('width', (d) => d.width + PAD * 2)
      .attr('height', (d) => d.height + PAD * 2)
      .attr('rx', PAD * 2);
    if (fadeMs <= 0 || !fresh || fresh.empty()) return;
    const rect = fresh;
    this.fade = {
      rings: rect,
      timer: timer((elapsed) => {
        const t = Math.min(1, elapsed / fadeMs);
        rect.attr('opacity', Math.round(easeCubicOut(t) * 1000) / 1000);
        if (t === 1) this.finish();
      }),
    };
  }

  /** Ends the fade at once (pause, suspend, next beat): no timer keeps asking for frames. */
  finish(): void {
    if (!this.fade) return;
    this.fade.timer.stop();
    this.fade.rings.attr('opacity', 1);
    this.fade = undefined;
  }

  clear(): void {
    this.fade?.timer.stop();
    this.fade = undefined;
    this.root.selectAll('rect.k8s-ring').remove();
  }
}
