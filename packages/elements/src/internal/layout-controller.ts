import { CATALOG, isGroupKind, type DiagramError, type Model } from '@k8s-diagrams/core';
import type { Geometry, LayoutEngine } from '@k8s-diagrams/layout';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SLICE } from '../render/drawing.js';
import { iconsReady } from '../render/icons.js';
import { loadStackRenderer } from './stack-renderer.js';

/** Show "laying out…" only for layouts slow enough to notice (ARCHITECTURE.md §2, Loading). */
export const LOADING_DELAY_MS = 300;

export type LayoutOutcome = { geometry: Geometry } | { error: DiagramError };

/**
 * Runs layouts for one element: only the latest request counts (a stale answer, for a
 * model changed meanwhile, is dropped), and `loading` turns on when one takes longer than
 * 300 ms.
 */
export class LayoutController implements ReactiveController {
  loading = false;
  private seq = 0;
  private loadingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly engine: () => LayoutEngine,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // Whatever is in flight is no longer wanted.
    this.seq++;
    this.setLoading(false);
  }

  /** Lays out `model`; resolves with the outcome, or undefined when a newer request replaced it. */
  async run(model: Model, key: string): Promise<LayoutOutcome | undefined> {
    const seq = ++this.seq;
    clearTimeout(this.loadingTimer);
    this.loadingTimer = setTimeout(() => {
      if (seq === this.seq) this.setLoading(true);
    }, LOADING_DELAY_MS);
    // What the drawing needs beyond the layout is fetched alongside it: the icons of kinds no
    // default figure has, and for more components than a slice holds, the stack of sheets.
    const needs = [
      iconsReady(model.components.map((c) => CATALOG[c.kind].icon)),
      model.components.filter((c) => !isGroupKind(c.kind)).length > SLICE ? loadStackRenderer() : undefined,
    ];
    // Every model reaching here is valid: validated from `.model`, or built by the builders.
    const result = await this.engine().layout(model, { validated: true, key });
    if (result.ok) for (const need of needs) await need;
    if (seq !== this.seq) return undefined;
    this.setLoading(false);
    return result.ok ? { geometry: result.geometry } : { error: result.error };
  }

  /** Forget any request in flight (the input became invalid). */
  cancel(): void {
    this.seq++;
    this.setLoading(false);
  }

  private setLoading(on: boolean): void {
    if (!on) clearTimeout(this.loadingTimer);
    if (on !== this.loading) {
      this.loading = on;
      this.host.requestUpdate();
    }
  }
}
