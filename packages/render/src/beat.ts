import { format, hiddenAt, localize, playerMessages, statesAt, type ComponentState } from '@k8s-diagrams/core';
import { textWidth, type Point } from '@k8s-diagrams/layout';
import { labelPlace, motionSteps, type Box, type MotionStep } from '@k8s-diagrams/motion';
import { RenderError } from './errors.js';
import { CAPTION } from './motion-css.js';
import type { Figure } from './figure.js';
import { templateToString } from './ssr.js';
import { drawingOf, escapeXml, svgDocument } from './svg.js';

/** The motion layer's sizes, as the player draws them (packages/motion). */
export const TOKEN_RADIUS = 6;
const RING_PAD = 4;

/** A scenario's beats on the laid-out figure: steps with their paths, captions, counters. */
export interface BeatView {
  steps: MotionStep[];
  caption: string;
  counter: string;
  /** Components ringed during the beat. */
  ringed: string[];
  states: Map<string, ComponentState>;
}

export function beatViews(figure: Figure): BeatView[] {
  const resolved = figure.scenario;
  if (!resolved) throw new RenderError('invalid-option', 'A step or an animation needs a scenario: pass --scenario <id> or set scenario="…".', 'scenario');
  const m = playerMessages(figure.lang);
  const beats = motionSteps(resolved, figure.geometry, figure.lang);
  const total = beats.length;
  return beats.map((steps, b) => {
    const first = resolved.steps[resolved.beats[b]![0]!]!;
    return {
      steps: steps.filter((s) => s.path.length > 0),
      caption: localize(first.caption, figure.lang),
      counter: format(b === total - 1 ? m.stepCounterEnded : m.stepCounter, { n: b + 1, total }),
      ringed: [...new Set(steps.flatMap((s) => [s.from, s.to]))].filter((id) => figure.components.has(id)),
      states: statesAt(resolved, b),
    };
  });
}

/** Caption text wrapped to the drawing's width, as many lines as it needs. */
export function wrapCaption(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, CAPTION.size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Height of the caption band under the drawing for captions of up to `lines` lines. */
export const captionBand = (lines: number): number => CAPTION.gap + CAPTION.counter + 6 + lines * CAPTION.line;

/** The counter and the caption of a beat, under the drawing (at `top`). */
export function captionMarkup(view: BeatView, top: number, width: number): string {
  const lines = wrapCaption(view.caption, width);
  const counterY = top + CAPTION.gap + CAPTION.counter;
  const text = lines
    .map((l, i) => `<tspan x="0" y="${counterY + 6 + (i + 1) * CAPTION.line - 5}">${escapeXml(l)}</tspan>`)
    .join('');
  return `<text class="k8s-counter" x="0" y="${counterY}">${escapeXml(view.counter)}</text><text class="k8s-caption">${text}</text>`;
}

/** A ring around each component of the beat, as the player draws them. */
export function ringsMarkup(figure: Figure, ids: readonly string[]): string {
  const boxes = new Map(figure.geometry.nodes.map((n) => [n.id, n]));
  return ids
    .map((id) => {
      const b = boxes.get(id)!;
      return `<rect class="k8s-ring" data-component="${escapeXml(id)}" x="${b.x - RING_PAD}" y="${b.y - RING_PAD}" width="${b.width + 2 * RING_PAD}" height="${b.height + 2 * RING_PAD}" rx="${2 * RING_PAD}" fill="none" stroke-width="2.5"></rect>`;
    })
    .join('');
}

/**
 * One step's token (a dot, hollow for a response, and its label where the player puts it:
 * clear of names and titles), placed at `at` unless animated by class.
 */
export function tokenMarkup(step: MotionStep, at: Point | undefined, boxes: ReadonlyMap<string, Box>, extra = ''): string {
  const place = at ? ` transform="translate(${at.x} ${at.y})"` : '';
  const dot =
    step.kind === 'response'
      ? `<circle r="${TOKEN_RADIUS - 1}" class="k8s-token-hollow" stroke-width="2"></circle>`
      : `<circle r="${TOKEN_RADIUS}"></circle>`;
  const spot = step.label ? labelPlace(step, boxes) : undefined;
  const label = spot ? `<text x="${spot.x + 4}" y="${spot.y + 12}" font-size="11">${escapeXml(step.label)}</text>` : '';
  return `<g class="k8s-token k8s-token--${step.kind}${extra}" data-step="${escapeXml(step.id)}" data-kind="${step.kind}"${place}>${dot}${label}</g>`;
}

/** A CSS selector for a component and its links, as the player hides what a later beat creates. */
export function partsOfComponent(id: string): string {
  const q = (text: string) => `"${text.replace(/["\\]/g, '\\$&')}"`;
  return `[data-component=${q(id)}],[data-title-of=${q(id)}],[data-edge^=${q(`${id}->`)}],[data-edge$=${q(`->${id}`)}]`;
}

/** Rules hiding what the scenario has not created yet at `beat` (-1: before the first). */
export function absentCss(figure: Figure, beat: number): string {
  return figure.scenario ? hiddenAt(figure.scenario, beat).map((id) => `${partsOfComponent(id)}{display:none}`).join('\n') : '';
}

/** Lines of the longest caption: the band under the drawing is as tall for every beat. */
export const captionLines = (views: readonly BeatView[], width: number): number =>
  Math.max(1, ...views.map((v) => wrapCaption(v.caption, width).length));

/**
 * The static frame of one beat (counted from 1): the states so far, the beat's rings, its
 * tokens at the end of their paths (where reduced motion leaves them), its counter and caption.
 */
export function beatFrame(figure: Figure, step: number, background = true): string {
  const views = beatViews(figure);
  if (!Number.isInteger(step) || step < 1 || step > views.length)
    throw new RenderError('invalid-option', `--step ${step} is outside the scenario's ${views.length} steps (1–${views.length}).`, 'step');
  const view = views[step - 1]!;
  const width = figure.geometry.width;
  const lines = captionLines(views, width);
  const boxes = new Map(figure.geometry.nodes.map((n) => [n.id, n]));
  const tokens = view.steps.map((s) => tokenMarkup(s, s.path[s.path.length - 1], boxes)).join('');
  const content = `${drawingMarkup(figure, view.states)}<g class="motion-layer" aria-hidden="true">${ringsMarkup(figure, view.ringed)}${tokens}</g>${captionMarkup(view, figure.geometry.height, width)}`;
  return svgDocument(figure, content, { height: figure.geometry.height + captionBand(lines), motion: true, background, css: `\n${absentCss(figure, step - 1)}` });
}

/** The elements' drawing with these states, as markup. */
export function drawingMarkup(figure: Figure, states: ReadonlyMap<string, ComponentState>): string {
  return templateToString(drawingOf(figure, states));
}
