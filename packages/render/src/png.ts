import type { FigureInput } from './figure.js';
import { FONT_FILES } from './fonts.js';
import { RenderError } from './errors.js';
import { renderSvg, type SvgOptions } from './svg.js';

export interface PngOptions extends SvgOptions {
  /** Device pixels per CSS pixel (default 2, for sharp text on high-density screens). */
  scale?: number;
}

/** The SVG's rules that only apply in a browser (forced colours): resvg would apply them unconditionally. */
const stripMedia = (svg: string): string => svg.replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');

/**
 * A figure (or one beat of a scenario) as a PNG, without a browser: the SVG of renderSvg
 * rasterised by resvg with the fonts shipped in this package, so a PNG made on a fresh
 * machine has its labels.
 */
export async function renderPng(input: FigureInput, options: PngOptions = {}): Promise<Uint8Array> {
  const scale = options.scale ?? 2;
  if (!Number.isFinite(scale) || scale <= 0 || scale > 8)
    throw new RenderError('invalid-option', `--scale ${options.scale} is not valid; use a number above 0, up to 8.`, 'scale');
  const svg = stripMedia(await renderSvg(input, options));
  const { Resvg } = await import('@resvg/resvg-js');
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: [FONT_FILES.regular, FONT_FILES.bold], defaultFontFamily: 'DejaVu Sans' },
    shapeRendering: 2,
    textRendering: 1,
  });
  return resvg.render().asPng();
}
