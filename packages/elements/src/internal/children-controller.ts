import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Calls back when the host's children, or their attributes, change. */
export class ChildrenController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.onChange());
    this.observer.observe(this.host, { childList: true, subtree: true, attributes: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
