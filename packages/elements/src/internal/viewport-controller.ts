import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 8;
export const ZOOM_STEP = 1.4;

/**
 * Fits the drawing to the element's width (never enlarging it), and holds the reader's
 * zoom and pan on top of that fit. Resizing refits without a new layout.
 */
export class ViewportController implements ReactiveController {
  width = 0;
  zoom = 1;
  panX = 0;
  panY = 0;
  private observer?: ResizeObserver;
  private frame = 0;
  private drag?: { pointer: number; x: number; y: number; panX: number; panY: number };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const width = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (width === this.width) return;
      this.width = width;
      // Refit on the next frame: refitting changes the host's height, and doing it inside
      // this callback would make the observer report a loop.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.clampPan();
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.drag = undefined;
  }

  /** Horizontal space the element's own frame takes from its width (its padding), in px. */
  inset = 0;

  /** The width the drawing may take, in px (0 before the element is measured). */
  get available(): number {
    return Math.max(0, (this.width || this.host.clientWidth) - this.inset);
  }

  /** Drawing px → screen px at zoom 1 for a drawing this wide. */
  fitScale(drawingWidth: number): number {
    const available = this.available;
    if (!available || !drawingWidth) return 1;
    return Math.min(1, available / drawingWidth);
  }

  private size = { width: 0, height: 0 };

  /** The drawing's size in px at zoom 1 (set by the element each render). */
  setDrawingSize(width: number, height: number): void {
    this.size = { width, height };
  }

  zoomBy(factor: number, anchor?: { x: number; y: number }): void {
    const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.zoom * factor));
    if (next === this.zoom) return;
    // Keep the point under the anchor (the pointer, or the centre) where it is.
    const ax = anchor?.x ?? this.size.width / 2;
    const ay = anchor?.y ?? this.size.height / 2;
    const ratio = next / this.zoom;
    this.panX = ax - (ax - this.panX) * ratio;
    this.panY = ay - (ay - this.panY) * ratio;
    this.zoom = next;
    this.clampPan();
    this.host.requestUpdate();
  }

  reset(): void {
    this.zoom = 1;
    this.panX = 0;
    this.panY = 0;
    this.host.requestUpdate();
  }

  panBy(dx: number, dy: number): void {
    this.panX += dx;
    this.panY += dy;
    this.clampPan();
    this.host.requestUpdate();
  }

  /** Brings a drawing-space box (in px at zoom 1) into view when zoomed in. */
  reveal(box: { x: number; y: number; width: number; height: number }): void {
    if (this.zoom === 1) return;
    const { width, height } = this.size;
    const left = box.x * this.zoom + this.panX;
    const top = box.y * this.zoom + this.panY;
    const right = left + box.width * this.zoom;
    const bottom = top + box.height * this.zoom;
    let dx = 0;
    let dy = 0;
    if (left < 8) dx = 8 - left;
    else if (right > width - 8) dx = width - 8 - right;
    if (top < 8) dy = 8 - top;
    else if (bottom > height - 8) dy = height - 8 - bottom;
    if (dx || dy) this.panBy(dx, dy);
  }

  private clampPan(): void {
    const { width, height } = this.size;
    const minX = Math.min(0, width - width * this.zoom);
    const minY = Math.min(0, height - height * this.zoom);
    this.panX = Math.min(0, Math.max(minX, this.panX));
    this.panY = Math.min(0, Math.max(minY, this.panY));
  }

  // Pointer handlers, bound in the element's template (so nothing outlives its shadow root).
  readonly onPointerDown = (event: PointerEvent): void => {
    if (this.zoom === 1 || event.button !== 0) return;
    const target = event.currentTarget as Element;
    target.setPointerCapture(event.pointerId);
    this.drag = { pointer: event.pointerId, x: event.clientX, y: event.clientY, panX: this.panX, panY: this.panY };
  };

  readonly onPointerMove = (event: PointerEvent): void => {
    if (!this.drag || event.pointerId !== this.drag.pointer) return;
    this.panX = this.drag.panX + event.clientX - this.drag.x;
    this.panY = this.drag.panY + event.clientY - this.drag.y;
    this.clampPan();
    this.host.requestUpdate();
  };

  readonly onPointerUp = (event: PointerEvent): void => {
    if (this.drag?.pointer === event.pointerId) this.drag = undefined;
  };

  /**
   * The wheel zooms only with Ctrl/⌘ held or while the diagram has focus; otherwise the
   * page scrolls as usual (ARCHITECTURE.md §3).
   */
  readonly onWheel = (event: WheelEvent, focused: boolean): void => {
    if (!(event.ctrlKey || event.metaKey || focused)) return;
    event.preventDefault();
    const rect = (event.currentTarget as Element).getBoundingClientRect();
    this.zoomBy(event.deltaY < 0 ? 1.15 : 1 / 1.15, { x: event.clientX - rect.left, y: event.clientY - rect.top });
  };
}
