import type { ResolvedStep } from '@k8s-diagrams/core';
import type { Point } from '@k8s-diagrams/layout';

/**
 * One step of a beat, ready to draw: the resolved step's identity, components and `kind`
 * (how it is drawn: see the README's “What the player draws”), with its path and label.
 */
export interface MotionStep extends Pick<ResolvedStep, 'id' | 'index' | 'beat' | 'kind' | 'from' | 'to' | 'inferred' | 'duration'> {
  /** The polyline the token travels, from `from` to `to` (see pathForStep). */
  path: Point[];
  /** Short token label (the step's message), in the current language; '' for none. */
  label: string;
}

export type PlayerState = 'idle' | 'playing' | 'paused' | 'ended';

/** A component's box, for its highlight ring (and, for a group, its title band that token labels keep clear of). */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  group?: boolean;
}

export interface PlayerOptions {
  /** The ONLY DOM the player may touch, with `tokenLayer`: an empty <g> rendered by Lit; the player owns its children. */
  layer: SVGGElement;
  /**
   * An empty HTML element laid exactly over the SVG, in the same units (the host keeps its
   * transform in step with the drawing's zoom): tokens then move on the compositor. Without
   * it, tokens are drawn in `layer`.
   */
  tokenLayer?: HTMLElement;
  /** Steps per beat. */
  beats: MotionStep[][];
  /** Component boxes, for highlight rings. */
  boxes: ReadonlyMap<string, Box>;
  /** 0.25–4 (clamped silently here; the element warns). */
  speed?: number;
  loop?: boolean;
  /** No movement at all: beats change discretely, getAnimations() stays empty. */
  reducedMotion?: boolean;
  /** Milliseconds per beat at speed 1 (default 1800); a beat whose first step has a `duration` lasts that long. */
  beatDuration?: number;
  /** Entered a beat (-1 after reset). */
  onBeat?: (beat: number) => void;
  onState?: (state: PlayerState) => void;
  /** End of every pass, under loop too, and each arrival on the last beat by stepping. */
  onEnd?: () => void;
}

export interface Player {
  readonly state: PlayerState;
  /** -1 before the first beat. */
  readonly beat: number;
  play(): void;
  pause(): void;
  next(): void;
  previous(): void;
  /** Shows that beat (clamped to the first and last). */
  seek(beat: number): void;
  /** Back to -1, idle. */
  reset(): void;
  setSpeed(speed: number): void;
  setLoop(loop: boolean): void;
  setReducedMotion(reduced: boolean): void;
  /** Stop requesting frames (offscreen, hidden tab) without changing state; resume() continues. */
  suspend(): void;
  resume(): void;
  /** Interrupts every transition and animation in the layer (descendants too), empties it, stops timers. */
  destroy(): void;
}
