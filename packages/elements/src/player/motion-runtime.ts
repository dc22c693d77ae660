// The motion chunk: resolving scenarios, the D3 player and the controls. Loaded with
// `import()` only when an element gets a scenario, so pages without animation never fetch it.
import {
  format,
  localize,
  playerMessages,
  resolveScenarioWith,
  statesAt,
  type ComponentState,
  type Lang,
  type Model,
  type ResolvedScenario,
  type Result,
} from '@k8s-diagrams/core';
import type { Geometry } from '@k8s-diagrams/layout';
import { createPlayer, motionSteps, type Player, type PlayerState } from '@k8s-diagrams/motion';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { loadedBuiltin } from './builtin-scenarios.js';

export type { Player, PlayerState, ResolvedScenario };

/** Resolves against the built-ins this page has fetched (the element loads the one it names first). */
export function resolve(scenario: unknown, model: Model, element: string): Result<ResolvedScenario> {
  return resolveScenarioWith(loadedBuiltin, scenario, model, element);
}

export function states(resolved: ResolvedScenario, beat: number): Map<string, ComponentState> {
  return statesAt(resolved, beat);
}

export interface MotionOptions {
  layer: SVGGElement;
  tokenLayer: HTMLElement;
  resolved: ResolvedScenario;
  geometry: Geometry;
  lang: Lang;
  speed: number;
  loop: boolean;
  reducedMotion: boolean;
  onBeat: (beat: number) => void;
  onState: (state: PlayerState) => void;
  onEnd: () => void;
}

/** The player for one scenario on one drawn figure. */
export function createMotion(options: MotionOptions): Player {
  const { layer, tokenLayer, resolved, geometry, lang } = options;
  return createPlayer({
    layer,
    tokenLayer,
    beats: motionSteps(resolved, geometry, lang),
    boxes: new Map(geometry.nodes.map((n) => [n.id, n])),
    speed: options.speed,
    loop: options.loop,
    reducedMotion: options.reducedMotion,
    onBeat: options.onBeat,
    onState: options.onState,
    onEnd: options.onEnd,
  });
}

/** The caption of a beat: its first step's, in `lang`. */
export function caption(resolved: ResolvedScenario, beat: number, lang: Lang): string {
  const step = resolved.steps[resolved.beats[beat]?.[0] ?? -1];
  return step ? localize(step.caption, lang) : '';
}

export interface ControlsView {
  resolved: ResolvedScenario;
  lang: Lang;
  beat: number;
  playing: boolean;
  ended: boolean;
  speed: number;
  /** The full controls, or only the pause button that any long motion must have. */
  full: boolean;
  play(): void;
  pause(): void;
  next(): void;
  previous(): void;
  seek(beat: number): void;
  setSpeed(speed: number): void;
}

const SPEEDS = [0.5, 1, 2];

/** Button glyphs drawn as SVG: fonts do not all have the media symbols. */
const GLYPH = {
  play: svg`<path d="M5 3.5v9l8-4.5z"></path>`,
  pause: svg`<path d="M4 3h3v10H4zM9 3h3v10H9z"></path>`,
  previous: svg`<path d="M3 3h2v10H3zM14 3.5v9L6 8z"></path>`,
  next: svg`<path d="M11 3h2v10h-2zM2 3.5v9L10 8z"></path>`,
};
const glyph = (name: keyof typeof GLYPH) =>
  html`<svg class="glyph" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">${GLYPH[name]}</svg>`;

/**
 * The player's controls (part `controls`) and caption (part `caption`, also an
 * `aria-live="polite"` region): play/pause, previous/next, a scrubber with one tick per
 * beat, the speed, the beat counter. Space plays or pauses and the arrows step while the
 * controls have focus.
 */
export function renderControls(view: ControlsView): TemplateResult {
  const m = playerMessages(view.lang);
  const total = view.resolved.beats.length;
  const title = localize(view.resolved.title, view.lang);
  // A beat with a time (an audit log's clock) shows it beside the count.
  const time = view.resolved.steps[view.resolved.beats[view.beat]?.[0] ?? -1]?.time;
  const counter = (view.beat < 0 ? m.notStarted : format(view.ended ? m.stepCounterEnded : m.stepCounter, { n: view.beat + 1, total })) + (time ? ` · ${time}` : '');
  const beatCaption = view.beat < 0 ? title : caption(view.resolved, view.beat, view.lang);
  const text = view.ended ? `${beatCaption} — ${m.ended}` : beatCaption;
  const toggle = () => (view.playing ? view.pause() : view.play());
  const playButton = html`<button
    type="button"
    class="play"
    aria-label=${view.playing ? m.pause : m.play}
    title=${view.playing ? m.pause : m.play}
    @click=${toggle}
  >
    ${glyph(view.playing ? 'pause' : 'play')}
  </button>`;
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement;
    if (event.key === ' ' && !(target instanceof HTMLButtonElement) && !(target instanceof HTMLSelectElement)) {
      event.preventDefault();
      toggle();
    } else if (target instanceof HTMLButtonElement && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
      event.preventDefault();
      if (event.key === 'ArrowLeft') view.previous();
      else view.next();
    }
  };
  if (!view.full)
    return html`<div class="player compact" part="controls" role="group" aria-label=${format(m.controls, { title })}>${playButton}</div>
      <p class="caption" part="caption" aria-live="polite">${text}</p>`;
  return html`<div class="player" part="controls" role="group" aria-label=${format(m.controls, { title })} @keydown=${onKey}>
      <button type="button" aria-label=${m.previous} title=${m.previous} ?disabled=${view.beat <= 0} @click=${() => view.previous()}>${glyph('previous')}</button>
      ${playButton}
      <button type="button" aria-label=${m.next} title=${m.next} ?disabled=${view.beat >= total - 1} @click=${() => view.next()}>${glyph('next')}</button>
      <input
        class="scrubber"
        part="scrubber"
        type="range"
        min="0"
        max=${Math.max(0, total - 1)}
        step="1"
        .value=${String(Math.max(0, view.beat))}
        list="beats"
        aria-label=${m.scrubber}
        aria-valuetext=${counter}
        @input=${(e: Event) => view.seek(Number((e.target as HTMLInputElement).value))}
      />
      <datalist id="beats">${view.resolved.beats.map((_, i) => html`<option value=${i}></option>`)}</datalist>
      <span class="counter">${counter}</span>
      <label class="speed"
        >${m.speed}
        <select @change=${(e: Event) => view.setSpeed(Number((e.target as HTMLSelectElement).value))}>
          ${SPEEDS.map((s) => html`<option value=${s} ?selected=${s === view.speed}>${format(m.speedValue, { speed: s })}</option>`)}
          ${SPEEDS.includes(view.speed) ? nothing : html`<option value=${view.speed} selected>${format(m.speedValue, { speed: view.speed })}</option>`}
        </select>
      </label>
    </div>
    <p class="caption" part="caption" aria-live="polite">${text}</p>`;
}
