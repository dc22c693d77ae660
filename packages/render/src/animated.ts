import { easeCubicInOut } from 'd3-ease';
import { appearances, type ComponentState } from '@k8s-diagrams/core';
import type { NodeBox, Point } from '@k8s-diagrams/layout';
import type { MotionStep } from '@k8s-diagrams/motion';
import { beatViews, captionBand, captionLines, captionMarkup, drawingMarkup, partsOfComponent, ringsMarkup, tokenMarkup, type BeatView } from './beat.js';
import { embeddedFontCss } from './fonts.js';
import { prepareFigure, type Figure, type FigureInput, type RenderOptions } from './figure.js';
import { drawingOf, escapeXml, svgDocument } from './svg.js';
import { templateToString } from './ssr.js';

export interface AnimatedSvgOptions extends RenderOptions {
  /** Milliseconds per beat (default 3200: a caption is read where nobody can pause). */
  beatDuration?: number;
  /** The pause on the last beat before the loop starts again, in ms (default 4000). */
  endPause?: number;
  /** Embed the font subset the text needs (default true), so the file looks the same everywhere. */
  embedFonts?: boolean;
}

/** When things move within a beat, as the player does (packages/motion/src/tokens.ts). */
const TRAVEL = { start: 0, end: 0.8 };
const PULL = { start: 0, end: 0.3 };
const ANSWER = { start: 0.3, end: 0.85 };

const pct = (v: number) => `${Math.round(v * 100000) / 1000}%`;
const px = (p: Point) => `translate(${Math.round(p.x * 100) / 100}px,${Math.round(p.y * 100) / 100}px)`;

/** The point at `distance` along a polyline. */
function pointAt(points: readonly Point[], lengths: readonly number[], distance: number): Point {
  for (let i = 1; i < points.length; i++) {
    if (distance <= lengths[i]! || i === points.length - 1) {
      const span = lengths[i]! - lengths[i - 1]!;
      const t = span > 0 ? Math.min(1, Math.max(0, (distance - lengths[i - 1]!) / span)) : 1;
      const a = points[i - 1]!;
      const b = points[i]!;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
  }
  return points[0]!;
}

/** The time (0–1) at which the eased trip reaches `progress`: the inverse of D3's cubic in-out. */
function easedTime(progress: number): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if (easeCubicInOut(mid) < progress) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Where a token is over its trip, as (time 0–1, point) pairs: samples of D3's cubic in-out
 * along the route, plus each corner at the time the eased trip reaches it, so the token
 * turns exactly at the corners as in the page.
 */
export function tripSamples(points: readonly Point[], samples = 16): [number, Point][] {
  const lengths = [0];
  for (let i = 1; i < points.length; i++) lengths.push(lengths[i - 1]! + Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.y - points[i - 1]!.y));
  const total = lengths[lengths.length - 1]!;
  const out = new Map<number, Point>();
  for (let i = 0; i <= samples; i++) {
    const t = i / samples;
    out.set(t, pointAt(points, lengths, easeCubicInOut(t) * total));
  }
  if (total > 0) for (let i = 1; i < points.length - 1; i++) out.set(easedTime(lengths[i]! / total), points[i]!);
  return [...out.entries()].sort((a, b) => a[0] - b[0]);
}

interface Timeline {
  /** Whole loop, ms. */
  total: number;
  beat: number;
  /** Fraction of the loop where beat b starts. */
  start(b: number): number;
  /** Fraction where beat b ends (the last beat holds through the end pause). */
  end(b: number): number;
}

/** Keyframes showing something only within [from, to) of the loop. */
function visibleBetween(name: string, from: number, to: number): string {
  const frames: string[] = [];
  if (from > 0) frames.push(`0%,${pct(from - 0.00001)}{opacity:0}`);
  frames.push(`${pct(from)},${pct(Math.max(from, to - 0.00001))}{opacity:1}`);
  if (to < 1) frames.push(`${pct(to)},100%{opacity:0}`);
  return `@keyframes ${name}{${frames.join('')}}`;
}

/** Keyframes of a token (or a watch's pull) travelling `points` during a part of beat b, hidden outside it. */
function travel(name: string, points: readonly Point[], tl: Timeline, b: number, span: { start: number; end: number }, visibleAfter: boolean): string {
  const beatStart = tl.start(b);
  const beatLen = tl.beat / tl.total;
  const leave = beatStart + span.start * beatLen;
  const arrive = beatStart + span.end * beatLen;
  const hideAt = visibleAfter ? tl.end(b) : arrive;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const frames: string[] = [];
  if (leave > 0) frames.push(`0%,${pct(Math.max(0, leave - 0.00001))}{opacity:0;transform:${px(first)}}`);
  for (const [t, p] of tripSamples(points)) frames.push(`${pct(leave + t * (arrive - leave))}{opacity:1;transform:${px(p)}}`);
  if (hideAt > arrive) frames.push(`${pct(hideAt - 0.00001)}{opacity:1;transform:${px(last)}}`);
  if (hideAt < 1) frames.push(`${pct(hideAt)},100%{opacity:0;transform:${px(last)}}`);
  return `@keyframes ${name}{${frames.join('')}}`;
}

/** Components whose state at some beat differs from their state before the first: each run of one state. */
function stateRuns(views: readonly BeatView[], initial: ReadonlyMap<string, ComponentState>): { id: string; state: ComponentState | undefined; from: number; to: number }[] {
  const ids = new Set<string>();
  for (const v of views) for (const [id, s] of v.states) if (initial.get(id) !== s) ids.add(id);
  for (const id of initial.keys()) if (views.some((v) => v.states.get(id) !== initial.get(id))) ids.add(id);
  const runs: { id: string; state: ComponentState | undefined; from: number; to: number }[] = [];
  for (const id of [...ids].sort()) {
    let b = 0;
    while (b < views.length) {
      const state = views[b]!.states.get(id);
      let e = b + 1;
      while (e < views.length && views[e]!.states.get(id) === state) e++;
      if (state !== initial.get(id)) runs.push({ id, state, from: b, to: e });
      b = e;
    }
  }
  return runs;
}

const cssString = (id: string) => `"${id.replace(/["\\]/g, '\\$&')}"`;

/**
 * The whole scenario as one SVG that plays by itself, with pure CSS `@keyframes`: no script,
 * no external reference, fonts embedded. Tokens follow the same routes and timing as in the
 * page (eased by D3's cubic curve), rings and states change per beat, each beat's counter
 * and caption show in turn, and the loop pauses on the last beat. Plays in an `<img>` (a
 * GitHub README); under reduced motion, tokens rest at the end of their paths.
 */
export async function renderAnimatedSvg(input: FigureInput, options: AnimatedSvgOptions = {}): Promise<string> {
  const figure = await prepareFigure(input, options);
  return animate(figure, options);
}

export async function animate(figure: Figure, options: AnimatedSvgOptions = {}): Promise<string> {
  const views = beatViews(figure);
  const beat = options.beatDuration && options.beatDuration > 0 ? options.beatDuration : 3200;
  const pause = options.endPause !== undefined && options.endPause >= 0 ? options.endPause : 4000;
  const total = views.length * beat + pause;
  const tl: Timeline = {
    total,
    beat,
    start: (b) => (b * beat) / total,
    end: (b) => (b === views.length - 1 ? 1 : ((b + 1) * beat) / total),
  };
  const { geometry } = figure;
  const keyframes: string[] = [];
  const rules: string[] = [`.k8s-anim{animation-duration:${total}ms;animation-iteration-count:infinite;animation-timing-function:linear;animation-fill-mode:both}`];
  let n = 0;
  const animated = (frames: (name: string) => string, reduced?: (name: string) => string): string => {
    const name = `a${n++}`;
    keyframes.push(frames(name));
    if (reduced) keyframes.push(reduced(`${name}r`));
    rules.push(`.${name}{animation-name:${name}}`);
    if (reduced) rules.push(`@media (prefers-reduced-motion:reduce){.${name}{animation-name:${name}r}}`);
    return name;
  };

  // States: the drawing as before the first beat, and each run of another state drawn over
  // it (the component hidden underneath meanwhile).
  const initial = new Map<string, ComponentState>();
  for (const c of figure.model.components) if (c.state !== undefined) initial.set(c.id, c.state);
  const base = drawingMarkup(figure, initial);
  const boxes = new Map(geometry.nodes.map((node) => [node.id, node]));
  const groupsOver: string[] = [];
  // Per drawn component, the animations that hide it while another state is drawn over it.
  const baseAnimations = new Map<string, { layer: string; animations: string[] }>();
  const leavesOver: string[] = [];
  for (const run of stateRuns(views, initial)) {
    const box = boxes.get(run.id);
    if (!box) continue;
    const from = tl.start(run.from);
    const to = tl.end(run.to - 1);
    const hide = `a${n++}`;
    keyframes.push(invisibleBetween(hide, from, to));
    const own = baseAnimations.get(run.id) ?? { layer: box.group ? 'groups' : 'components', animations: [] };
    own.animations.push(`${hide} ${total}ms linear infinite both`);
    baseAnimations.set(run.id, own);
    const show = animated((name) => visibleBetween(name, from, to));
    const states = new Map(initial);
    if (run.state === undefined) states.delete(run.id);
    else states.set(run.id, run.state);
    const single = { ...figure, geometry: { ...geometry, nodes: [box], edges: [] } };
    const part = templateToString(drawingOf(single, states));
    const layer = box.group ? /<g class="groups">([^]*?)<\/g>\s*<g class="edges"/ : /<g class="components">([^]*)<\/g>\s*$/;
    const inner = layer.exec(part.trim())?.[1] ?? '';
    (box.group ? groupsOver : leavesOver).push(`<g class="k8s-anim ${show}">${inner}</g>`);
  }
  const drawing = base
    .replace(/(<g class="groups">[^]*?)(<\/g>\s*<g class="edges")/, (_, groups: string, rest: string) => `${groups}${groupsOver.join('')}${rest}`)
    .concat(leavesOver.join(''));

  // What a built-in creates (new Pods) is not drawn, nor its links, before the beat that
  // creates it: visibility (state changes animate opacity), joined to a component's own
  // state animation where it has one.
  for (const [id, beatOf] of appearances(figure.scenario!)) {
    const name = `a${n++}`;
    const from = pct(tl.start(beatOf));
    keyframes.push(`@keyframes ${name}{0%,${pct(Math.max(0, tl.start(beatOf) - 0.00001))}{visibility:hidden}${from},100%{visibility:visible}}`);
    const own = `${name} ${total}ms linear infinite both`;
    rules.push(`${partsOfComponent(id)}{animation:${own}}`);
    baseAnimations.get(id)?.animations.push(own);
  }
  for (const [id, { layer, animations }] of baseAnimations)
    rules.push(`.k8s-base>.${layer}>[data-component=${cssString(id)}]{animation:${animations.join(',')}}`);

  // Rings, tokens and captions, beat by beat.
  const motion: string[] = [];
  const captions: string[] = [];
  const lines = captionLines(views, geometry.width);
  views.forEach((view, b) => {
    const shown = animated((name) => visibleBetween(name, tl.start(b), tl.end(b)));
    motion.push(`<g class="k8s-anim ${shown}">${ringsMarkup(figure, view.ringed)}</g>`);
    captions.push(`<g class="k8s-anim ${shown}">${captionMarkup(view, geometry.height, geometry.width)}</g>`);
    for (const step of view.steps) motion.push(tokenAnimation(step, b, tl, animated, boxes));
  });

  const css = `\n${rules.join('\n')}\n${keyframes.join('\n')}${options.embedFonts === false ? '' : `\n${await embeddedFontCss(collectText(figure, views))}`}`;
  const content = `<g class="k8s-base">${drawing}</g><g class="motion-layer" aria-hidden="true">${motion.join('')}</g>${captions.join('')}`;
  return svgDocument(figure, content, { height: geometry.height + captionBand(lines), motion: true, css, fonts: options.embedFonts !== false });
}

function invisibleBetween(name: string, from: number, to: number): string {
  const frames: string[] = [];
  if (from > 0) frames.push(`0%,${pct(from - 0.00001)}{opacity:1}`);
  frames.push(`${pct(from)},${pct(Math.max(from, to - 0.00001))}{opacity:0}`);
  if (to < 1) frames.push(`${pct(to)},100%{opacity:1}`);
  return `@keyframes ${name}{${frames.join('')}}`;
}

function tokenAnimation(
  step: MotionStep,
  b: number,
  tl: Timeline,
  animated: (frames: (name: string) => string, reduced?: (name: string) => string) => string,
  boxes: ReadonlyMap<string, NodeBox>,
): string {
  const end = step.path[step.path.length - 1]!;
  const rest = (name: string) => travel(name, [end], tl, b, { start: 0, end: 0 }, true);
  let out = '';
  if (step.kind === 'watch') {
    const pull = animated(
      (name) => travel(name, [...step.path].reverse(), tl, b, PULL, false),
      (name) => `@keyframes ${name}{0%,100%{opacity:0}}`,
    );
    out += `<circle class="k8s-pull k8s-anim ${pull}" data-step="${escapeXml(step.id)}" r="4"></circle>`;
    const answer = animated((name) => travel(name, step.path, tl, b, ANSWER, true), rest);
    return out + tokenMarkup(step, undefined, boxes, ` k8s-anim ${answer}`);
  }
  const token = animated((name) => travel(name, step.path, tl, b, TRAVEL, true), rest);
  return tokenMarkup(step, undefined, boxes, ` k8s-anim ${token}`);
}

/** Every character the file draws, for the font subset. */
function collectText(figure: Figure, views: readonly BeatView[]): string {
  const parts = [figure.title];
  for (const c of figure.model.components) parts.push(c.label ? JSON.stringify(c.label) : '');
  parts.push(templateToString(drawingOf(figure)).replace(/<[^>]*>/g, ' '));
  for (const v of views) parts.push(v.caption, v.counter, ...v.steps.map((s) => s.label));
  return parts.join(' ');
}
