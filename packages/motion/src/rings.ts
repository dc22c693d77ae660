import { easeCubicOut } from 'd3-ease';
import { timer, type Timer } from 'd3-timer';
import { append } from './dom.js';
import type { Box } from './types.js';

const PAD = 4;

/**
 * Highlight rings around the components of the current beat. New rings fade in, driven
 * by a d3-timer and eased by d3-ease; under reduced motion they appear at once. A
 * component that stays in the next beat keeps its ring.
 */
export class Rings {
  private readonly rings = new Map<string, SVGRectElement>();
  private fade: { timer: Timer; rects: SVGRectElement[] } | undefined;

  constructor(
    private readonly root: SVGGElement,
    private readonly boxes: ReadonlyMap<string, Box>,
  ) {}

  /** Rings around `ids`; `fadeMs` 0 draws them at once. */
  show(ids: Iterable<string>, fadeMs: number): void {
    this.finish();
    const wanted = new Set([...ids].filter((id) => this.boxes.has(id)));
    for (const [id, rect] of this.rings)
      if (!wanted.has(id)) {
        rect.remove();
        this.rings.delete(id);
      }
    const fresh: SVGRectElement[] = [];
    for (const id of wanted) {
      if (this.rings.has(id)) continue;
      const box = this.boxes.get(id)!;
      // Default look; the element's stylesheet overrides it by class.
      const rect = append(this.root, 'rect', {
        class: 'k8s-ring',
        'data-component': id,
        x: box.x - PAD,
        y: box.y - PAD,
        width: box.width + PAD * 2,
        height: box.height + PAD * 2,
        rx: PAD * 2,
        opacity: fadeMs > 0 ? 0 : 1,
        fill: 'none',
        stroke: '#f5a623',
        'stroke-width': 2.5,
      });
      this.rings.set(id, rect);
      fresh.push(rect);
    }
    if (fadeMs <= 0 || fresh.length === 0) return;
    this.fade = {
      rects: fresh,
      timer: timer((elapsed) => {
        const t = Math.min(1, elapsed / fadeMs);
        const opacity = String(Math.round(easeCubicOut(t) * 1000) / 1000);
        for (const r of fresh) r.setAttribute('opacity', opacity);
        if (t === 1) this.finish();
      }),
    };
  }

  /** Ends the fade at once (pause, suspend, next beat): no timer keeps asking for frames. */
  finish(): void {
    if (!this.fade) return;
    this.fade.timer.stop();
    for (const r of this.fade.rects) r.setAttribute('opacity', '1');
    this.fade = undefined;
  }

  clear(): void {
    this.fade?.timer.stop();
    this.fade = undefined;
    for (const r of this.rings.values()) r.remove();
    this.rings.clear();
  }
}
