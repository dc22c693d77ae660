import { hashString, type Lang } from '@k8s-diagrams/core';
import { BACKED_PADDING, drawnKinds, kindDescriptionId, renderDrawing } from '@k8s-diagrams/elements/drawing';
import { CATALOG } from '@k8s-diagrams/core';
import { svg, type SVGTemplateResult } from 'lit';
import { prepareFigure, resolveLang, type Figure, type FigureInput, type RenderOptions } from './figure.js';
import { iconBody, iconOf } from './icon.js';
import { parseFigureHtml, type MarkupElement } from './input.js';
import { motionCss } from './motion-css.js';
import { EMBEDDED_FAMILY } from './fonts.js';
import { fixPrecision } from './precision.js';
import { templateToString } from './ssr.js';
import { standaloneCss } from './styles.js';

export interface SvgOptions extends RenderOptions {
  /** With a scenario: the beat to show, counted from 1 (its states, rings, tokens at rest, caption and counter). */
  step?: number;
  /** Paint the theme's surface behind the figure (default true: a file has no page behind it). */
  background?: boolean;
}

/** Ids inside one file: stable, and distinct for two figures inlined in one page. */
export const idPrefix = (figure: Pick<Figure, 'key' | 'lang' | 'theme'>): string => `k8s-${hashString(`${figure.key}|${figure.lang}|${figure.theme}`)}`;

/**
 * The root of a standalone file: `role="img"` named by `<title>` and described by `<desc>`
 * (each kind's description too, for the components that point to them), the stylesheet,
 * the surface, then the content (the elements' own drawing, and what a beat adds).
 */
export interface DocumentExtras {
  /** Height of the content (the drawing and, with a scenario, its caption band). */
  height?: number;
  /** Adds the motion layer's look (tokens, rings, counter, caption). */
  motion?: boolean;
  /** More rules (an animation's keyframes, embedded fonts). */
  css?: string;
  /** The text uses the embedded font first (its `@font-face` rules are in `css`). */
  fonts?: boolean;
  background?: boolean;
}

export function svgDocument(figure: Figure, content: unknown, extra: DocumentExtras = {}): string {
  const { geometry, lang } = figure;
  const pad = BACKED_PADDING;
  const width = geometry.width + 2 * pad;
  const height = (extra.height ?? geometry.height) + 2 * pad;
  const scale = figure.shown.width / geometry.width;
  const id = idPrefix(figure);
  const { css, values } = standaloneCss(figure.theme);
  const surface = values.get('--_surface') ?? '#ffffff';
  // The root is written here (Lit cannot bind inside <title> or <style>); all text is escaped.
  const open = `<svg xmlns="http://www.w3.org/2000/svg" class="k8s-diagram theme-${figure.theme}" data-figure="${figure.tag}" data-model-key="${escapeXml(figure.key)}" lang="${lang}" width="${round(width * scale)}" height="${round(height * scale)}" viewBox="${-pad} ${-pad} ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc">`;
  const head = `<title id="${id}-title">${escapeXml(figure.title)}</title><desc id="${id}-desc">${escapeXml(figure.description)}</desc>${templateToString(descriptions(geometry, lang))}<style>${css}${extra.motion ? `\n${motionCss(values)}` : ''}${extra.css ?? ''}${extra.fonts ? `\nsvg{font-family:"${EMBEDDED_FAMILY}",${fontStack(css)}}` : ''}</style>`;
  const surfaceRect = extra.background === false ? '' : `<rect class="surface" x="${-pad}" y="${-pad}" width="${width}" height="${height}" rx="8" fill="${surface}"></rect>`;
  return `${fixPrecision(`${open}${head}${surfaceRect}${typeof content === 'string' ? content : templateToString(content)}`)}</svg>\n`;
}

/** Text and attribute values as XML: `<b>` in a label stays text. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' } as Record<string, string>)[c]};`);
}

/** The font stack of the element's stylesheet (its first rule). */
const fontStack = (css: string): string => /^svg\{font-family:([^}]*)\}/.exec(css)?.[1] ?? 'sans-serif';

const round = (v: number) => Math.round(v * 100) / 100;

function descriptions(geometry: Figure['geometry'], lang: Lang): SVGTemplateResult {
  return svg`${drawnKinds(geometry).map((kind) => svg`<desc id=${kindDescriptionId(kind)}>${CATALOG[kind].description[lang]}</desc>`)}`;
}

/** The elements' drawing of a figure, at rest (no scenario beat). */
export function drawingOf(figure: Figure, states?: Parameters<typeof renderDrawing>[0]['states']): SVGTemplateResult {
  return renderDrawing({
    geometry: figure.geometry,
    components: figure.components,
    lang: figure.lang,
    emphasis: figure.emphasis,
    states,
  });
}

/**
 * A figure as a standalone SVG file: the same components, edges, positions, classes, data
 * hooks and accessible names as the element draws in the page (the same Lit templates,
 * rendered by Lit SSR), styled by the element's own stylesheet for one theme. With a
 * scenario and `step`, the static frame of that beat.
 */
export async function renderSvg(input: FigureInput, options: SvgOptions = {}): Promise<string> {
  if (typeof input === 'string') {
    const element = parseFigureHtml(input);
    if (element.tag === 'k8s-icon') return iconSvg(element, resolveLang(options.lang, element.attributes.get('lang')));
  }
  const figure = await prepareFigure(input, options);
  if (options.step !== undefined) {
    const { beatFrame } = await import('./beat.js');
    return beatFrame(figure, options.step, options.background);
  }
  return svgDocument(figure, drawingOf(figure), { background: options.background ?? true });
}

/** `<k8s-icon>` as a file: the icon at its size, named by its label. */
function iconSvg(element: MarkupElement, lang: Lang): string {
  const icon = iconOf(element, lang);
  const body = iconBody(icon, `xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeXml(icon.label)}"`);
  const { css } = standaloneCss('light');
  return `${body.replace(/^(<svg[^>]*>)/, `$1<title>${escapeXml(icon.label)}</title><style>${css}</style>`)}\n`;
}
