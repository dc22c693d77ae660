import type { renderDrawingStack } from '../render/drawing-stack.js';

/**
 * The big diagrams' stacked drawing, fetched only when a model has more components than
 * one slice holds: small figures, the default ones, never pay for it.
 */
let loaded: typeof renderDrawingStack | undefined;
let loading: Promise<void> | undefined;

/** The stacked drawing once fetched; until then a big diagram is drawn in one SVG. */
export const stackRenderer = (): typeof renderDrawingStack | undefined => loaded;

/** Fetches the stacked drawing (once); never rejects: without it the one-SVG drawing stands. */
export function loadStackRenderer(): Promise<void> {
  loading ??= import('../render/drawing-stack.js').then(
    (m) => {
      loaded = m.renderDrawingStack;
    },
    () => {
      loading = undefined;
    },
  );
  return loading;
}
