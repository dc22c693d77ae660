import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SLICE } from '../render/drawing.js';

/**
 * Draws a big diagram in slices, one task each, so the page stays responsive while
 * hundreds of workers appear: `limit` grows until everything is drawn, then `done`
 * resolves. Small diagrams are drawn at once.
 */
export class ProgressiveController implements ReactiveController {
  limit = Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private finish?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
    this.limit = Infinity;
  }

  /**
   * Starts drawing `total` components, one slice of the drawing (`SLICE` components with their
   * share of outlines, links and titles) per task; resolves once they are all in the DOM.
   */
  start(total: number): Promise<void> {
    this.stop();
    if (total <= SLICE) {
      this.limit = Infinity;
      return Promise.resolve();
    }
    this.limit = SLICE;
    return new Promise<void>((resolve) => {
      this.finish = resolve;
      const step = () => {
        this.limit += SLICE;
        this.host.requestUpdate();
        if (this.limit >= total) {
          this.limit = Infinity;
          this.timer = undefined;
          this.finish = undefined;
          void this.host.updateComplete.then(() => resolve());
        } else {
          this.timer = setTimeout(step, 0);
        }
      };
      this.timer = setTimeout(step, 0);
    });
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.finish?.();
    this.finish = undefined;
  }
}
