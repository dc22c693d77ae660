import { easeCubicInOut } from 'd3-ease';
import type { Selection } from 'd3-selection';
import { cssEasing, offsetPath, placeAt } from './motion-path.js';
import type { MotionStep } from './types.js';

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
 * The tokens of one beat: a dot, and its label, per step. Each moves along its path as a
 * CSS motion path (`offset-path`) animated by one Web Animation of `offset-distance`, eased
 * by D3's cubic curve: the browser does the work, no script runs per frame (see the
 * README for the measurements). Without motion, tokens rest at the end of their paths.
 */
export class Tokens {
  private animations: Animation[] = [];
  private easing: string | undefined;

  constructor(private readonly root: Selection<SVGGElement, unknown, null, undefined>) {}

  show(steps: readonly MotionStep[], motion: TokenMotion | undefined): void {
    this.clear();
    const drawn = steps.filter((s) => s.path.length > 0);
    const labelled = labelledSteps(drawn);
    for (const step of drawn) {
      if (motion && step.kind === 'watch') {
        const pull = this.root
          .append('circle')
          .attr('class', 'k8s-pull')
          .attr('data-step', step.id)
          .attr('r', PULL_RADIUS)
          .attr('opacity', 0)
          .attr('fill', 'none')
          .attr('stroke', TOKEN_COLOR)
          .attr('stroke-width', 2);
        // Visible only while it runs: `backwards` fill, hidden by its own opacity after.
        this.move(pull.node()!, [...step.path].reverse(), PULL, 'backwards', motion);
      }
      const token = this.root
        .append('g')
        .attr('class', `k8s-token k8s-token--${step.kind}`)
        .attr('part', 'token')
        .attr('data-step', step.id)
        .attr('data-kind', step.kind);
      const dot = token.append('circle').attr('r', TOKEN_RADIUS);
      // A response is hollow. Other dots have no stroke: with a thousand tokens, stroking
      // them all costs frames (measured with scripts/frames.ts).
      if (step.kind === 'response') dot.attr('r', TOKEN_RADIUS - 1).attr('fill', '#fff').attr('stroke', TOKEN_COLOR).attr('stroke-width', 2);
      else dot.attr('fill', TOKEN_COLOR);
      if (labelled.has(step))
        token
          .append('text')
          .attr('x', TOKEN_RADIUS + 3)
          .attr('y', -(TOKEN_RADIUS + 3))
          .attr('font-size', 11)
          .attr('fill', 'currentColor')
          .attr('paint-order', 'stroke')
          .attr('stroke', '#fff')
          .attr('stroke-width', 3)
          .text(step.label);
      if (!motion) token.attr('transform', placeAt(step.path[step.path.length - 1]!));
      else if (step.kind === 'watch') {
        // The answer waits, hidden, for the pull: `forwards` fill, hidden by its own opacity before.
        token.attr('opacity', 0);
        this.move(token.node()!, step.path, ANSWER, 'forwards', motion);
      } else this.move(token.node()!, step.path, TRAVEL, 'both', motion);
    }
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
    for (const a of this.animations) a.cancel();
    this.animations = [];
    this.root.selectAll('*').remove();
  }

  /**
   * One animation over the whole beat: it waits `start`, travels until `end`, then holds,
   * so that its current time is the beat's elapsed time at any speed.
   */
  private move(element: SVGElement, points: readonly { x: number; y: number }[], span: Span, fill: FillMode, motion: TokenMotion): void {
    element.style.setProperty('offset-path', offsetPath(points));
    element.style.setProperty('offset-rotate', '0deg');
    const { duration } = motion;
    const delay = duration * span.start;
    const active = duration * span.end - delay;
    // Opacity is animated only for the elements that hide outside their travel (a watch's
    // pull and answer): one animated property fewer for every other token.
    const shown = fill !== 'both';
    const animation = element.animate(
      shown
        ? [
            { offsetDistance: '0%', opacity: 1 },
            { offsetDistance: '100%', opacity: 1 },
          ]
        : [{ offsetDistance: '0%' }, { offsetDistance: '100%' }],
      {
        delay,
        duration: active,
        endDelay: duration - delay - active,
        easing: (this.easing ??= supportedEasing()),
        fill,
      },
    );
    animation.playbackRate = motion.rate;
    animation.currentTime = motion.elapsed;
    if (!motion.running) animation.pause();
    this.animations.push(animation);
  }
}

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
