// @k8s-diagrams/render: the figures of k8s-diagrams without a browser (see its README).
export { renderSvg, type SvgOptions } from './svg.js';
export { renderPng, type PngOptions } from './png.js';
export { renderAnimatedSvg, type AnimatedSvgOptions } from './animated.js';
export { prerenderHtml, type PrerenderReport } from './prerender.js';
export { prerenderFiles, type PrerenderFilesReport } from './prerender-files.js';
export { RenderError, type RenderErrorCode } from './errors.js';
export type { RenderOptions, RenderTheme, FigureInput } from './figure.js';
export { RENDERABLE_TAGS, type RenderableTag } from './input.js';
