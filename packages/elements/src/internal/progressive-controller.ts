import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Components drawn per task: keeps every task of a 500-worker cluster under 100 ms. */
export const COMPONENTS_PER_TASK = 200;

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

  /** Starts drawing `total` components; resolves once they are all in the DOM. */
  start(total: number): Promise<void> {
    this.stop();
    if (total <= COMPONENTS_PER_TASK) {
      this.limit = Infinity;
      return Promise.resolve();
    }
    this.limit = COMPONENTS_PER_TASK;
    return new Promise<void>((resolve) => {
      this.finish = resolve;
      const step = () => {
        this.limit += COMPONENTS_PER_TASK;
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
