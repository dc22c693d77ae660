import { easeCubicInOut } from 'd3-ease';
import type { Point } from '@k8s-diagrams/layout';
import { append, empty } from './dom.js';
import { cssEasing, offsetPath, pathKeyframes, placeAt, translate } from './motion-path.js';
import type { Box, MotionStep } from './types.js';

/** Part of a beat, as fractions of it: when a token leaves and when it arrives. */
interface Span {
  start: number;
  end: number;
}

/**
 * When things move within a beat. Tokens arrive before the beat ends so that the reader
 * sees where they went. A watch starts with the watcher's pull running to the apiserver;
 * the news then comes back.
 */
const TRAVEL: Span = { start: 0, end: 0.8 };
const PULL: Span = { start: 0, end: 0.3 };
const ANSWER: Span = { start: 0.3, end: 0.85 };

/** Beyond this many tokens in a beat, only the first token of each message carries a label. */
export const MAX_LABELLED = 16;

const TOKEN_RADIUS = 6;
/** Default look, as presentation attributes: the element's stylesheet overrides them by class. */
const TOKEN_COLOR = '#326ce5';
const PULL_RADIUS = 4;

/** Motion settings of the tokens being drawn. */
export interface TokenMotion {
  /** Beat length, in beat-milliseconds (milliseconds at speed 1). */
  duration: number;
  /** Where in the beat to start. */
  elapsed: number;
  rate: number;
  running: boolean;
}

/**
 * The tokens of one beat: a dot, and its label, per step, each moved by one Web Animation
 * eased by D3's cubic curve: the browser does the work, no script runs per frame. In an
 * HTML layer (the elements' overlay) a token is a box moved by `transform` keyframes at the
 * corners of its route, which the compositor runs off the main thread; in an SVG layer it
 * follows a CSS `offset-path` (see the README for the measurements). Without motion,
 * tokens rest at the end of their paths.
 */
export class Tokens {
  private animations: Animation[] = [];
  private easing: string | undefined;
  private readonly html: boolean;

  constructor(
    private readonly root: Element,
    private readonly boxes: ReadonlyMap<string, Box> = new Map(),
  ) {
    this.html = !(root instanceof SVGElement);
  }

  show(steps: readonly MotionStep[], motion: TokenMotion | undefined): void {
    this.clear();
    const drawn = steps.filter((s) => s.path.length > 0);
    const labelled = labelledSteps(drawn);
    for (const step of drawn) {
      if (motion && step.kind === 'watch') {
        const pull = this.pull(step);
        // Visible only while it runs: `backwards` fill, hidden by its own opacity after.
        this.move(pull, [...step.path].reverse(), PULL, 'backwards', motion);
      }
      const token = this.token(step, labelled.has(step));
      const end = step.path[step.path.length - 1]!;
      if (!motion) this.place(token, end);
      else if (step.kind === 'watch') {
        // The answer waits, hidden, for the pull: `forwards` fill, hidden by its own opacity before.
        this.hide(token);
        this.move(token, step.path, ANSWER, 'forwards', motion);
      } else this.move(token, step.path, TRAVEL, 'both', motion);
    }
  }

  private token(step: MotionStep, labelled: boolean): HTMLElement | SVGElement {
    // An inferred step (not recorded, deduced) is a hollow, dashed dot.
    const attributes = { class: `k8s-token k8s-token--${step.kind}${step.inferred ? ' k8s-token--inferred' : ''}`, part: 'token', 'data-step': step.id, 'data-kind': step.kind };
    const response = step.kind === 'response';
    if (this.html) {
      const token = append(this.root, 'div', { ...attributes, style: HTML_TOKEN }, true);
      append(token, 'span', { class: 'k8s-token-dot', style: step.inferred ? HTML_DOT + HTML_HOLLOW + 'border-style:dashed' : response ? HTML_DOT + HTML_HOLLOW : HTML_DOT }, true);
      if (labelled) {
        const at = labelPlace(step, this.boxes);
        append(token, 'span', { class: 'k8s-token-label', style: `${HTML_LABEL}left:${at.x}px;top:${at.y}px;` }, true).textContent = step.label;
      }
      return token;
    }
    const token = append(this.root, 'g', attributes);
    // A response is hollow. Other dots have no stroke: with a thousand tokens, stroking
    // them all costs frames (measured with scripts/frames.ts).
    append(
      token,
      'circle',
      response || step.inferred
        ? { r: TOKEN_RADIUS - 1, fill: '#fff', stroke: TOKEN_COLOR, 'stroke-width': 2, ...(step.inferred ? { 'stroke-dasharray': '3 2' } : {}) }
        : { r: TOKEN_RADIUS, fill: TOKEN_COLOR },
    );
    if (labelled)
      append(token, 'text', {
        x: TOKEN_RADIUS + 3,
        y: -(TOKEN_RADIUS + 3),
        'font-size': 11,
        fill: 'currentColor',
        'paint-order': 'stroke',
        stroke: '#fff',
        'stroke-width': 3,
      }).textContent = step.label;
    return token;
  }

  private pull(step: MotionStep): HTMLElement | SVGElement {
    const attributes = { class: 'k8s-pull', 'data-step': step.id };
    if (this.html) return append(this.root, 'div', { ...attributes, style: HTML_TOKEN + HTML_PULL }, true);
    return append(this.root, 'circle', { ...attributes, r: PULL_RADIUS, opacity: 0, fill: 'none', stroke: TOKEN_COLOR, 'stroke-width': 2 });
  }

  private place(element: HTMLElement | SVGElement, at: Point): void {
    if (this.html) element.style.transform = translate(at);
    else element.setAttribute('transform', placeAt(at));
  }

  private hide(element: HTMLElement | SVGElement): void {
    if (this.html) element.style.opacity = '0';
    else element.setAttribute('opacity', '0');
  }

  /** Where the motion stands, in beat-milliseconds; undefined when nothing moves. */
  get time(): number | undefined {
    const t = this.animations[0]?.currentTime;
    return typeof t === 'number' ? t : undefined;
  }

  setRate(rate: number): void {
    for (const a of this.animations) a.playbackRate = rate;
  }

  play(): void {
    for (const a of this.animations) if (a.playState !== 'finished') a.play();
  }

  pause(): void {
    for (const a of this.animations) if (a.playState === 'running') a.pause();
  }

  /** Removes the tokens and cancels their animations. */
  clear(): void {
    // Cancel by hand too: once the host has left the document, getAnimations() finds nothing.
    for (const a of this.animations) a.cancel();
    this.animations = [];
    empty(this.root);
  }

  /**
   * One animation over the whole beat: it waits `start`, travels until `end`, then holds,
   * so that its current time is the beat's elapsed time at any speed.
   */
  private move(element: HTMLElement | SVGElement, points: readonly Point[], span: Span, fill: FillMode, motion: TokenMotion): void {
    // Opacity is animated only for the elements that hide outside their travel (a watch's
    // pull and answer): one animated property fewer for every other token.
    const shown = fill !== 'both';
    let keyframes: Keyframe[];
    if (this.html) {
      keyframes = pathKeyframes(points).map((k) => (shown ? { ...k, opacity: 1 } : k));
    } else {
      element.style.setProperty('offset-path', offsetPath(points));
      element.style.setProperty('offset-rotate', '0deg');
      keyframes = shown
        ? [
            { offsetDistance: '0%', opacity: 1 },
            { offsetDistance: '100%', opacity: 1 },
          ]
        : [{ offsetDistance: '0%' }, { offsetDistance: '100%' }];
    }
    const { duration } = motion;
    const delay = duration * span.start;
    const active = duration * span.end - delay;
    const animation = element.animate(keyframes, {
      delay,
      duration: active,
      endDelay: duration - delay - active,
      easing: (this.easing ??= supportedEasing()),
      fill,
    });
    animation.playbackRate = motion.rate;
    animation.currentTime = motion.elapsed;
    if (!motion.running) animation.pause();
    this.animations.push(animation);
  }
}

/**
 * Inline structure of HTML tokens; colours come from custom properties the host may set
 * (`--k8s-motion-token-color`, `--k8s-motion-label-color`, `--k8s-motion-halo-color`).
 */
const HTML_TOKEN = 'position:absolute;left:0;top:0;pointer-events:none;';
const HTML_DOT = `position:absolute;left:${-TOKEN_RADIUS}px;top:${-TOKEN_RADIUS}px;width:${2 * TOKEN_RADIUS}px;height:${2 * TOKEN_RADIUS}px;border-radius:50%;box-sizing:border-box;background:var(--k8s-motion-token-color,${TOKEN_COLOR});`;
const HTML_HOLLOW = 'background:var(--k8s-motion-halo-color,#fff);border:2px solid var(--k8s-motion-token-color,#326ce5);';
const HTML_PULL = `opacity:0;width:${2 * PULL_RADIUS}px;height:${2 * PULL_RADIUS}px;margin:${-PULL_RADIUS}px;border-radius:50%;box-sizing:border-box;border:2px solid var(--k8s-motion-token-color,${TOKEN_COLOR});`;
// Labels sit on a plate of the page's colour: they cross component names and edges.
const HTML_LABEL = `position:absolute;padding:1px 4px;border-radius:4px;font:11px/1.25 system-ui,sans-serif;white-space:nowrap;color:var(--k8s-motion-label-color,#1b2437);background:var(--k8s-motion-halo-color,#fff);box-shadow:0 0 0 1px var(--k8s-motion-token-color,#326ce5);`;

/**
 * Which tokens carry their label: all of them in a small beat; in a crowded one (a
 * heartbeat from 500 kubelets), the first token of each message, so labels stay readable
 * and the page stays fast.
 */
function labelledSteps(steps: readonly MotionStep[]): Set<MotionStep> {
  const withText = steps.filter((s) => s.label !== '');
  if (withText.length <= MAX_LABELLED) return new Set(withText);
  const seen = new Set<string>();
  const out = new Set<MotionStep>();
  for (const s of withText) {
    if (seen.has(s.label) || out.size >= MAX_LABELLED) continue;
    seen.add(s.label);
    out.add(s);
  }
  return out;
}

/** D3's cubic in-out as a CSS `linear()` easing, or the nearest CSS keyword where `linear()` is unknown. */
function supportedEasing(): string {
  const easing = cssEasing(easeCubicInOut);
  return typeof CSS !== 'undefined' && CSS.supports('animation-timing-function', easing) ? easing : 'ease-in-out';
}

/** A label's box, estimated from its text (11 px, about 6.3 px a character, 4 px padding each side). */
const LABEL_HEIGHT = 16;
/** How far past the outermost box the drawing still shows a label (its margin). */
const EDGE = 8;
const labelWidth = (text: string) => Math.ceil(text.length * 6.3) + 8;

/** Where each box's own text is: a group's title band, a component's name in its middle. */
function textArea(box: Box): Box {
  return box.group
    ? { x: box.x, y: box.y + 6, width: box.width, height: 22 }
    : { x: box.x + 8, y: box.y + 6, width: box.width - 16, height: box.height - 12 };
}

function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where a token's label sits, relative to the token, once it arrives: the nearest place
 * (right or left of it, above or below, then a row further out) that covers no component's
 * name and no group's title and stays within the drawing (the figure's edge would cut it),
 * else the one that covers least.
 */
export function labelPlace(step: MotionStep, boxes: ReadonlyMap<string, Box>): Point {
  const end = step.path[step.path.length - 1];
  const width = labelWidth(step.label);
  const near = TOKEN_RADIUS + 2;
  // Nearest first: beside the token, then a row further out, then centred over or under it.
  const xs = [near, -near - width, -width / 2];
  const ys = [-near - LABEL_HEIGHT + 3, near - 3, -near - 2 * LABEL_HEIGHT, near + LABEL_HEIGHT, -near - 3 * LABEL_HEIGHT, near + 2 * LABEL_HEIGHT];
  const places: Point[] = ys.flatMap((y) => xs.map((x) => ({ x, y })));
  if (!end || boxes.size === 0) return places[0]!;
  const areas = [...boxes.values()].map(textArea);
  // The drawing's extent (with the margin around it): what falls outside is cut off.
  const all = [...boxes.values()];
  const left = Math.min(...all.map((b) => b.x)) - EDGE;
  const top = Math.min(...all.map((b) => b.y)) - EDGE;
  const bounds = { x: left, y: top, width: Math.max(...all.map((b) => b.x + b.width)) + EDGE - left, height: Math.max(...all.map((b) => b.y + b.height)) + EDGE - top };
  let best = places[0]!;
  let least = Infinity;
  for (const place of places) {
    const box = { x: end.x + place.x, y: end.y + place.y, width, height: LABEL_HEIGHT };
    const cut = width * LABEL_HEIGHT - overlapArea(box, bounds);
    const covered = areas.reduce((sum, area) => sum + overlapArea(box, area), cut);
    if (covered < least) [best, least] = [place, covered];
    if (covered === 0) break;
  }
  return best;
}
