// What a renderer outside the browser needs to draw exactly what the elements draw: the
// drawing and legend templates and the stylesheets (see ARCHITECTURE.md §9).
// Nothing here touches the DOM: Lit templates render in Node through Lit SSR.
export { renderDrawing, drawnKinds, kindDescriptionId, type DrawingInput } from './render/drawing.js';
export { renderLegend } from './render/legend.js';
export { tokenStyles, BACKED_PADDING } from './styles/tokens.js';
export { diagramStyles } from './styles/diagram-styles.js';
export { playerStyles } from './styles/player-styles.js';
export { renderControls } from './player/motion-runtime.js';
