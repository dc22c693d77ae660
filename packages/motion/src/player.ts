import { append, empty } from './dom.js';
import { BeatClock } from './clock.js';
import { Rings } from './rings.js';
import { Tokens } from './tokens.js';
import type { MotionStep, Player, PlayerOptions, PlayerState } from './types.js';

export const MIN_SPEED = 0.25;
export const MAX_SPEED = 4;
export const DEFAULT_BEAT_DURATION = 1800;
/** A beat shown by stepping moves once, and never longer than this (WCAG 2.2.2: under 5 s). */
export const STEP_MOTION_LIMIT = 4500;
/** Ring fade at speed 1, in milliseconds. */
const RING_FADE = 250;

/** Clamps a speed to 0.25–4; anything that is not a number keeps `fallback`. */
export function clampSpeed(speed: unknown, fallback = 1): number {
  if (typeof speed !== 'number' || Number.isNaN(speed)) return fallback;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}

/**
 * A scenario player bound to one SVG layer (and, optionally, one HTML layer over it for
 * the tokens). It owns those layers' children: highlight rings (faded in by d3-timer) and
 * tokens (moved by Web Animations the browser runs). A d3-timer clock moves from beat to beat while playing. Stepping (next,
 * previous, seek) shows a beat and plays its motion once without moving on; stepping onto
 * the last beat ends the scenario (`onEnd`, state `ended`) as playing does.
 */
export function createPlayer(options: PlayerOptions): Player {
  const beats = options.beats;
  const last = beats.length - 1;
  const duration = options.beatDuration !== undefined && options.beatDuration > 0 ? options.beatDuration : DEFAULT_BEAT_DURATION;
  let speed = clampSpeed(options.speed);
  let loop = options.loop ?? false;
  let reduced = options.reducedMotion ?? false;
  let state: PlayerState = 'idle';
  let beat = -1;
  let suspended = false;
  let destroyed = false;
  /** The shown beat's motion plays (while playing, or once after a step). */
  let moving = false;

  const rings = new Rings(append(options.layer, 'g', { class: 'k8s-rings' }), options.boxes);
  // Tokens go to the HTML layer when there is one (compositor-driven), else into the SVG layer.
  const tokens = new Tokens(options.tokenLayer ?? append(options.layer, 'g', { class: 'k8s-tokens' }), options.boxes);
  const clock = new BeatClock(duration, () => beatOver());

  const setState = (next: PlayerState) => {
    if (next === state) return;
    state = next;
    options.onState?.(next);
  };
  /** A stepped beat plays at the chosen speed, sped up if it would move for 5 s or more. */
  const rate = () => (state === 'playing' ? speed : Math.max(speed, clock.length / STEP_MOTION_LIMIT));

  /** Draws the current beat, its motion at `elapsed` beat-milliseconds. */
  function draw(elapsed: number): void {
    const steps: readonly MotionStep[] = beats[beat] ?? [];
    rings.show(
      steps.flatMap((s) => [s.from, s.to]),
      reduced || suspended ? 0 : RING_FADE / rate(),
    );
    tokens.show(steps, reduced ? undefined : { duration: clock.length, elapsed, rate: rate(), running: moving && !suspended });
  }

  function enter(target: number): void {
    beat = target;
    clock.rewind();
    clock.length = beats[target]?.[0]?.duration || duration;
    moving = true;
    draw(0);
    if (state === 'playing' && !suspended) clock.run(speed);
    options.onBeat?.(target);
  }

  function beatOver(): void {
    if (destroyed || state !== 'playing') return;
    if (beat < last) return enter(beat + 1);
    options.onEnd?.();
    if (destroyed || state !== 'playing') return; // onEnd may have paused or destroyed us
    if (loop) return enter(0);
    moving = false;
    setState('ended');
  }

  /**
   * Shows a beat by stepping: a playing player keeps playing from there; a stopped one that
   * arrives on the last beat has reached the end, as if it had played there.
   */
  function goTo(target: number): void {
    if (destroyed || last < 0 || target === beat) return;
    if (state !== 'playing') setState('paused');
    enter(target);
    if (target !== last || state === 'playing' || destroyed) return;
    options.onEnd?.();
    // onEnd may have moved, played or destroyed us
    if (!destroyed && state === 'paused' && beat === last) setState('ended');
  }

  /** Stops the motion where it is (pause, suspend); d3 and the animations stop asking for frames. */
  function freeze(): void {
    clock.halt();
    tokens.pause();
    rings.finish();
  }

  return {
    get state() {
      return state;
    },
    get beat() {
      return beat;
    },
    play() {
      if (destroyed || state === 'playing' || last < 0) return;
      if (state === 'idle' || state === 'ended') {
        setState('playing');
        return enter(0);
      }
      // Paused on a beat: carry on from where its motion stands (a stepped beat may be over).
      setState('playing');
      moving = true;
      clock.seek(tokens.time ?? clock.elapsed);
      tokens.setRate(speed);
      if (suspended) return;
      tokens.play();
      clock.run(speed);
    },
    pause() {
      if (destroyed) return;
      freeze();
      moving = false;
      if (state === 'playing') setState('paused');
    },
    next() {
      goTo(Math.min(beat + 1, last));
    },
    previous() {
      if (beat > 0) goTo(beat - 1);
    },
    seek(target: number) {
      if (!Number.isFinite(target)) return;
      goTo(Math.min(last, Math.max(0, Math.round(target))));
    },
    reset() {
      if (destroyed) return;
      clock.rewind();
      tokens.clear();
      rings.clear();
      moving = false;
      const was = beat;
      beat = -1;
      setState('idle');
      if (was !== -1) options.onBeat?.(-1);
    },
    setSpeed(next: number) {
      if (destroyed) return;
      speed = clampSpeed(next, speed);
      tokens.setRate(rate());
      if (clock.running) clock.run(speed);
    },
    setLoop(next: boolean) {
      loop = next;
    },
    setReducedMotion(next: boolean) {
      if (destroyed || next === reduced) return;
      reduced = next;
      if (beat >= 0) draw(clock.elapsed);
    },
    suspend() {
      if (destroyed || suspended) return;
      suspended = true;
      freeze();
    },
    resume() {
      if (destroyed || !suspended) return;
      suspended = false;
      if (!moving) return;
      tokens.play();
      if (state === 'playing') clock.run(speed);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      clock.rewind();
      rings.clear();
      tokens.clear();
      empty(options.layer);
      if (options.tokenLayer) empty(options.tokenLayer);
    },
  };
}
