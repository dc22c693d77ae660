import { CATALOG, matchLanguage, messages, type Lang } from '@k8s-diagrams/core';
import { diagramStyles, drawnKinds, kindDescriptionId, playerStyles, renderControls, renderDrawing, renderLegend, tokenStyles } from '@k8s-diagrams/elements/drawing';
import { iconStyles } from '@k8s-diagrams/icons';
import { html } from 'lit';
import { parse } from 'parse5';
import { RenderError } from './errors.js';
import { prepareFigure, type Figure, type RenderOptions } from './figure.js';
import { RENDERABLE_TAGS, type MarkupElement } from './input.js';
import { absentCss } from './beat.js';
import { iconBody, iconOf } from './icon.js';
import { fixPrecision } from './precision.js';
import { templateToString } from './ssr.js';

interface Parse5Element {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Parse5Element[];
  content?: Parse5Element;
  parentNode?: Parse5Element;
  sourceCodeLocation?: { startTag?: { endOffset: number } };
}

/** What prerenderHtml did to a page. */
export interface PrerenderReport {
  html: string;
  /** Figures (and icons) given their shadow root. */
  rendered: number;
  /** Figures that already had one (the page was prerendered before): left as they were. */
  skipped: number;
  /** Elements that could not be drawn: left to draw (and report) themselves in the browser. */
  errors: { tag: string; code: string; message: string }[];
}

// While the prerendered figure is shown, the element's own frame (Lit renders it before the
// existing content, still empty or loading) waits hidden; the element removes the prerendered
// one once it has drawn.
const DIAGRAM_STYLES = `${[iconStyles, tokenStyles, diagramStyles, playerStyles].map((s) => s.cssText).join('\n')}\n.frame:not([data-prerendered]):has(~[data-prerendered]){display:none}`;

function toMarkup(node: Parse5Element): MarkupElement {
  return {
    tag: node.tagName!.toLowerCase(),
    attributes: new Map((node.attrs ?? []).map((a) => [a.name.toLowerCase(), a.value])),
    children: (node.childNodes ?? []).filter((n) => n.tagName !== undefined && n.tagName !== 'template').map(toMarkup),
  };
}

/** The element's language as the page gives it: its own `lang`, the nearest ancestor's, `<html lang>`. */
function langOf(node: Parse5Element): string | undefined {
  for (let n: Parse5Element | undefined = node; n; n = n.parentNode) {
    const lang = n.attrs?.find((a) => a.name === 'lang')?.value;
    if (lang !== undefined) return lang;
  }
  return undefined;
}

const hasShadowRoot = (node: Parse5Element) =>
  (node.childNodes ?? []).some((c) => c.tagName === 'template' && c.attrs?.some((a) => a.name === 'shadowrootmode'));

/** Elements that draw (a control plane or worker inside a cluster only configures it). */
function figures(root: Parse5Element, out: Parse5Element[] = []): Parse5Element[] {
  for (const child of root.childNodes ?? []) {
    const tag = child.tagName?.toLowerCase();
    if (tag && (RENDERABLE_TAGS as readonly string[]).includes(tag)) {
      const configures = (tag === 'k8s-control-plane' || tag === 'k8s-worker-node') && child.parentNode?.tagName === 'k8s-cluster';
      if (!configures) out.push(child);
      if (tag === 'k8s-cluster') continue;
    }
    figures(child.content ?? child, out);
  }
  return out;
}

/**
 * The shadow root an element gives itself in the browser, written ahead: its stylesheet,
 * and the frame with the figure, its accessible name, descriptions and legend, as the
 * element renders them once laid out. The element keeps it when it upgrades (no second
 * layout, no shift) and becomes interactive; with JavaScript off it is the figure.
 */
export function figureShadowRoot(figure: Figure): string {
  const m = messages(figure.lang);
  const { geometry, lang } = figure;
  const frame = html`<div class="frame ${figure.theme === 'dark' ? 'dark' : ''}" aria-busy="false" data-prerendered=${figure.key}>
    <div class="figure" part="diagram" role="group" tabindex="0" aria-label=${figure.title} aria-describedby="figure-description figure-help">
      <p id="figure-description" class="visually-hidden">${figure.description}</p>
      <p id="figure-help" class="visually-hidden">${m.keyboardHelp}</p>
      <div hidden>${drawnKinds(geometry).map((kind) => html`<p id=${kindDescriptionId(kind)}>${CATALOG[kind].description[lang]}</p>`)}</div>
      <div class="viewport" style="width:min(100%,${geometry.width}px);aspect-ratio:${geometry.width}/${geometry.height}">
        <svg width="100%" height="100%" viewBox="0 0 ${geometry.width} ${geometry.height}">${renderDrawing({
          geometry,
          components: figure.components,
          lang,
          emphasis: figure.emphasis,
        })}</svg>
      </div>
    </div>
    ${figure.scenario ? html`<div data-prerendered-player inert style="visibility:hidden">${playerOf(figure)}</div>` : ''}
    <div class="footer">
      ${renderLegend(geometry, figure.components, lang)}
      <div class="toolbar" part="toolbar" inert style="visibility:hidden">
        <button type="button" aria-label=${m.zoomIn}>+</button><button type="button" aria-label=${m.zoomOut} disabled>−</button><button type="button" aria-label=${m.zoomFit} disabled>⤢</button>
      </div>
    </div>
  </div>`;
  // Before the first beat, the Pods a built-in scenario creates are not drawn yet (as in the element).
  return `<template shadowrootmode="open"><style>${DIAGRAM_STYLES}\n${absentCss(figure, -1)}</style>${fixPrecision(templateToString(frame))}</template>`;
}

/**
 * The scenario's controls as the element shows them before the first beat: their room is
 * kept (no shift when they come alive) but they stay hidden and inert until then.
 */
function playerOf(figure: Figure) {
  const ignore = () => undefined;
  return renderControls({
    resolved: figure.scenario!,
    lang: figure.lang,
    beat: -1,
    playing: false,
    ended: false,
    speed: figure.player.speed,
    full: figure.player.controls,
    play: ignore,
    pause: ignore,
    next: ignore,
    previous: ignore,
    seek: ignore,
    setSpeed: ignore,
  });
}

function iconShadowRoot(element: MarkupElement, lang: Lang): { root: string; label: string } {
  const icon = iconOf(element, lang);
  // Once the element renders its own icon (before it), the prerendered one steps aside.
  const style = `${iconStyles.cssText}:host{display:inline-block;vertical-align:middle;line-height:0}svg{display:block}svg[data-prerendered]:not(:first-of-type){display:none}`;
  const body = iconBody(icon, 'part="icon" aria-hidden="true" focusable="false" data-prerendered');
  return { root: `<template shadowrootmode="open"><style>${style}</style>${body}</template>`, label: icon.label };
}

/**
 * Rewrites a built HTML page: each of our elements gets its figure as declarative shadow
 * DOM, so the page shows it at first paint and with JavaScript off. The rest of the page is
 * kept byte for byte. Options apply to every figure (an element's own `lang` and `theme` win
 * over the page's, `options` over both).
 */
export async function prerenderHtml(page: string, options: RenderOptions = {}): Promise<PrerenderReport> {
  const document = parse(page, { sourceCodeLocationInfo: true }) as unknown as Parse5Element;
  const inserts: { at: number; text: string }[] = [];
  const report: PrerenderReport = { html: page, rendered: 0, skipped: 0, errors: [] };
  for (const node of figures(document)) {
    const at = node.sourceCodeLocation?.startTag?.endOffset;
    if (at === undefined) continue;
    if (hasShadowRoot(node)) {
      report.skipped++;
      continue;
    }
    const element = toMarkup(node);
    const lang = matchLanguage(options.lang ?? langOf(node)).lang;
    try {
      if (element.tag === 'k8s-icon') {
        const { root, label } = iconShadowRoot(element, lang);
        // The icon names itself as the element does on upgrade (role="img", aria-label).
        const attrs = `${element.attributes.has('role') ? '' : ' role="img"'}${element.attributes.has('aria-label') ? '' : ` aria-label="${escapeAttribute(label)}"`}`;
        if (attrs) inserts.push({ at: at - 1, text: attrs });
        inserts.push({ at, text: root });
      } else {
        const figure = await prepareFigure(serialize(element), { ...options, lang });
        inserts.push({ at, text: figureShadowRoot(figure) });
      }
      report.rendered++;
    } catch (e) {
      if (!(e instanceof RenderError)) throw e;
      report.errors.push({ tag: element.tag, code: e.code, message: e.message });
    }
  }
  let out = page;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at);
  report.html = out;
  return report;
}

const escapeAttribute = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An element back to the HTML a doc author writes (the renderer's input). */
function serialize(element: MarkupElement): string {
  const attrs = [...element.attributes].map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`).join('');
  return `<${element.tag}${attrs}>${element.children.map(serialize).join('')}</${element.tag}>`;
}
