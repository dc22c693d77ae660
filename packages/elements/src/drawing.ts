// What a renderer outside the browser needs to draw exactly what the elements draw: the
// drawing and legend templates and the stylesheets (see ARCHITECTURE.md §9).
// Nothing here touches the DOM: Lit templates render in Node through Lit SSR.
import type { Lang, ModelComponent } from '@k8s-diagrams/core';
import type { Geometry } from '@k8s-diagrams/layout';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import { renderDrawing as drawing, type DrawingInput } from './render/drawing.js';
import { addIcons } from './render/icons.js';
import { LAZY_ICON_TEMPLATES } from './render/lazy-icons.js';
import { renderLegend as legend } from './render/legend.js';

export { drawnKinds, kindDescriptionId, type DrawingInput } from './render/drawing.js';
export { tokenStyles, BACKED_PADDING } from './styles/tokens.js';
export { diagramStyles } from './styles/diagram-styles.js';
export { playerStyles } from './styles/player-styles.js';
export { renderControls } from './player/motion-runtime.js';

// A renderer draws a figure at once, with no chunk to wait for: the icons the elements fetch
// on demand (render/icons.ts) are added before anything is drawn here.
const withEveryIcon = () => addIcons(LAZY_ICON_TEMPLATES);

/** `renderDrawing` of the elements, every icon in. */
export function renderDrawing(input: DrawingInput): SVGTemplateResult {
  withEveryIcon();
  return drawing(input);
}

/** `renderLegend` of the elements, every icon in. */
export function renderLegend(geometry: Geometry, components: ReadonlyMap<string, ModelComponent>, lang: Lang): TemplateResult {
  withEveryIcon();
  return legend(geometry, components, lang);
}
