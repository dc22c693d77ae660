import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Draws a big diagram in slices, one task each, so the page stays responsive while
 * hundreds of workers appear: `slices` grows until everything is drawn. Small diagrams
 * (one slice) are drawn at once.
 */
export class ProgressiveController implements ReactiveController {
  /** Slices of the drawing shown so far (see `renderDrawing`); `Infinity` once all are. */
  slices = Infinity;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private finish?: () => void;
  private current: Promise<void> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.stop();
    this.slices = Infinity;
  }

  /** Resolves when the drawing in progress is complete, or replaced by a newer one. */
  get drawn(): Promise<void> {
    return this.current;
  }

  /**
   * Starts drawing `total` slices (see `sliceCount`), one per task; resolves once they are
   * all in the DOM, or when a newer drawing replaces this one.
   */
  start(total: number): Promise<void> {
    this.stop();
    if (total <= 1) {
      this.slices = Infinity;
      this.current = Promise.resolve();
      return this.current;
    }
    this.slices = 1;
    this.current = new Promise<void>((resolve) => {
      this.finish = resolve;
      const step = () => {
        this.slices += 1;
        this.host.requestUpdate();
        if (this.slices >= total) {
          this.slices = Infinity;
          this.timer = undefined;
          this.finish = undefined;
          void this.host.updateComplete.then(() => resolve());
        } else {
          this.timer = setTimeout(step, 0);
        }
      };
      this.timer = setTimeout(step, 0);
    });
    return this.current;
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.finish?.();
    this.finish = undefined;
  }
}
