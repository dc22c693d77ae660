import { diagramError, hiddenAt, type ComponentState, type Lang, type Model, type Result } from '@k8s-diagrams/core';
import type { Geometry } from '@k8s-diagrams/layout';
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { fire, type ScenarioDetail, type StepDetail } from '../internal/events.js';
import { warnOnce } from '../internal/warn.js';
import { createMotion, renderControls, resolve, states as statesAt, type Player, type PlayerState, type ResolvedScenario } from './motion-runtime.js';
import { SPEED_RANGE, type SpeedProblem } from '../internal/speed.js';
import { playerStyles } from '../styles/player-styles.js';
import type { PlayerHooks, StepInfo } from './player-host.js';

/**
 * A diagram element's scenario, once one is set (ARCHITECTURE.md §2 Player, §4): resolves
 * it against the model, runs the player on the drawn figure, keeps its state (beat,
 * playing), fires the step events, pauses when the figure is offscreen or the tab hidden,
 * honours reduced motion, autoplay and deep links. Lives in the motion chunk.
 */
export class ScenarioSession {
  scenario: unknown = null;
  controls = false;
  autoplay = false;
  loop = false;
  speed = 1;

  private resolved?: ResolvedScenario;
  private player?: Player;
  private attachedTo?: Geometry;
  private beat = -1;
  private state: PlayerState = 'idle';
  private visible = false;
  private hidden = false;
  private autoplayed = false;
  private reducedQuery?: MediaQueryList;
  private intersection?: IntersectionObserver;
  private readonly onVisibility = () => {
    this.hidden = document.visibilityState === 'hidden';
    this.applySuspension();
  };
  private readonly onReduced = () => this.player?.setReducedMotion(this.reducedMotion);
  private readonly onHash = () => this.followDeepLink();
  /** Hides what a later beat creates (a Pod appears at the step that creates it), with its links. */
  private readonly absent = new CSSStyleSheet();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: PlayerHooks,
  ) {}

  get active(): boolean {
    return this.scenario !== null && this.scenario !== undefined && this.scenario !== '';
  }

  get reducedMotion(): boolean {
    return this.reducedQuery?.matches ?? false;
  }

  connect(): void {
    adoptPlayerStyles(this.host);
    this.reducedQuery = matchMedia('(prefers-reduced-motion: reduce)');
    this.reducedQuery.addEventListener('change', this.onReduced);
    document.addEventListener('visibilitychange', this.onVisibility);
    window.addEventListener('hashchange', this.onHash);
    this.hidden = document.visibilityState === 'hidden';
    this.intersection = new IntersectionObserver((entries) => {
      this.visible = entries.some((e) => e.isIntersecting);
      this.applySuspension();
      this.maybeAutoplay();
    });
    this.intersection.observe(this.host);
  }

  disconnect(): void {
    this.reducedQuery?.removeEventListener('change', this.onReduced);
    this.reducedQuery = undefined;
    document.removeEventListener('visibilitychange', this.onVisibility);
    window.removeEventListener('hashchange', this.onHash);
    this.intersection?.disconnect();
    this.intersection = undefined;
    this.detach();
  }

  /**
   * The model to lay out: the element's, plus what the scenario adds (a built-in's Pods in place
   * of the figure's own). Without a scenario,
   * the model as it is.
   */
  prepare(model: Model, element: string): Result<Model> {
    if (!this.active) {
      this.resolved = undefined;
      this.detach();
      return { ok: true, value: model };
    }
    const resolved = resolve(this.scenario, model, element);
    if (!resolved.ok) {
      this.resolved = undefined;
      this.detach();
      // Errors name the attribute at fault, then where inside the scenario.
      return { ok: false, errors: resolved.errors.map((e) => ({ ...e, path: e.path ? `scenario ${e.path}` : 'scenario' })) };
    }
    if (this.resolved && this.resolved.id !== resolved.value.id) this.detach();
    this.resolved = resolved.value;
    this.showPresent();
    return { ok: true, value: resolved.value.model };
  }

  /** After each render: start the player on a new drawing once its layer exists. */
  update(): void {
    const geometry = this.hooks.geometry();
    if (!this.resolved || !geometry || geometry === this.attachedTo) return;
    const layer = this.hooks.layer();
    const tokenLayer = this.hooks.tokenLayer();
    if (!layer || !tokenLayer) return;
    this.detach();
    this.attachedTo = geometry;
    const resolved = this.resolved;
    this.player = createMotion({
      layer,
      tokenLayer,
      resolved,
      geometry,
      lang: this.hooks.lang(),
      speed: this.speed,
      loop: this.loop,
      reducedMotion: this.reducedMotion,
      onBeat: (beat) => this.onBeat(beat),
      onState: (state) => this.onState(state),
      onEnd: () => fire<ScenarioDetail>(this.host, 'k8s-end', { scenario: resolved.id }),
    });
    this.applySuspension();
    if (!this.followDeepLink()) this.maybeAutoplay();
    this.host.requestUpdate();
  }

  private detach(): void {
    this.player?.destroy();
    this.player = undefined;
    this.attachedTo = undefined;
    this.beat = -1;
    this.state = 'idle';
    this.showPresent();
  }

  /** Draws only what exists at the current beat: the components a later beat creates, their titles (a group's) and their links, stay hidden. */
  private showPresent(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const q = (s: string) => `"${CSS.escape(s)}"`;
    const ids = this.resolved ? hiddenAt(this.resolved, this.beat) : [];
    this.absent.replaceSync(ids.map((id) => `[data-component=${q(id)}],[data-title-of=${q(id)}],[data-edge^=${q(`${id}->`)}],[data-edge$=${q(`->${id}`)}]{display:none}`).join(''));
    if (!root.adoptedStyleSheets.includes(this.absent)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.absent];
  }

  // ---- The element's API -------------------------------------------------------------

  play(): void {
    this.player?.play();
  }
  pause(): void {
    this.player?.pause();
  }
  next(): void {
    this.player?.next();
  }
  previous(): void {
    this.player?.previous();
  }
  seek(index: number): void {
    if (!this.player || !this.resolved) return;
    const last = this.resolved.beats.length - 1;
    const target = Math.trunc(Number(index));
    if (Number.isNaN(target)) return;
    if (target < 0 || target > last)
      warnOnce(this.host, `seek(${index}) is outside the scenario's beats (0–${last}); showing beat ${Math.min(last, Math.max(0, target))}.`);
    this.player.seek(Math.min(last, Math.max(0, target)));
  }
  reset(): void {
    this.player?.reset();
  }

  get playing(): boolean {
    return this.state === 'playing';
  }

  get stepIndex(): number {
    return this.beat;
  }

  get steps(): StepInfo[] {
    const resolved = this.resolved;
    if (!resolved) return [];
    const lang = this.hooks.lang();
    return resolved.steps.map((s) => ({ id: s.id, from: s.from, to: s.to, kind: s.kind, beat: s.beat, label: this.label(s.index, lang) }));
  }

  private statesMemo?: { resolved: ResolvedScenario; beat: number; states: ReadonlyMap<string, ComponentState> };

  /** Component states at the current beat (the scenario's effects so far), the same object until the beat changes. */
  states(): ReadonlyMap<string, ComponentState> | undefined {
    const { resolved, player, beat } = this;
    if (!resolved || !player) return undefined;
    const memo = this.statesMemo;
    if (memo?.resolved === resolved && memo.beat === beat) return memo.states;
    const states = statesAt(resolved, beat);
    this.statesMemo = { resolved, beat, states };
    return states;
  }

  /** Plays at `value`; `problem` is how the author's `speed` was wrong: clamped (a warning) or not a number (a notice). */
  setSpeed(value: number, problem?: SpeedProblem): void {
    this.speed = value;
    this.player?.setSpeed(value);
    if (!problem) return;
    if (!Number.isNaN(Number(problem.text)))
      warnOnce(this.host, `<${this.host.localName}> speed="${problem.text}" is outside ${SPEED_RANGE.min}–${SPEED_RANGE.max}; using ${value}.`);
    else
      this.hooks.notice(
        diagramError('invalid-attribute', 'speed', {
          en: `speed="${problem.text}" is not a number; keeping ${problem.kept}.`,
          fr: `speed="${problem.text}" n’est pas un nombre ; ${problem.kept} est conservé.`,
        }),
      );
  }

  setLoop(loop: boolean): void {
    this.loop = loop;
    this.player?.setLoop(loop);
  }

  // ---- Rendering ---------------------------------------------------------------------

  /** The controls (with `controls`), or the pause button any long motion needs, and the caption. */
  render(): TemplateResult | typeof nothing {
    if (!this.player || !this.resolved) return nothing;
    return renderControls({
      resolved: this.resolved,
      lang: this.hooks.lang(),
      beat: this.beat,
      playing: this.state === 'playing',
      ended: this.state === 'ended',
      speed: this.speed,
      full: this.controls,
      play: () => this.play(),
      pause: () => this.pause(),
      next: () => this.next(),
      previous: () => this.previous(),
      seek: (beat) => this.seek(beat),
      setSpeed: (speed) => {
        this.setSpeed(speed);
        this.hooks.speedChosen(speed);
      },
    });
  }

  // ---- Internals ---------------------------------------------------------------------

  private label(index: number, lang: Lang): string {
    const step = this.resolved!.steps[index]!;
    const text = step.message ?? step.caption;
    return typeof text === 'string' ? text : (text[lang] ?? text.en);
  }

  private onBeat(beat: number): void {
    this.beat = beat;
    this.showPresent();
    this.host.requestUpdate();
    const resolved = this.resolved;
    if (!resolved || beat < 0) return;
    const lang = this.hooks.lang();
    const [first, ...others] = (resolved.beats[beat] ?? []).map((i) => {
      const s = resolved.steps[i]!;
      return { id: s.id, from: s.from, to: s.to, label: this.label(i, lang) };
    });
    if (first) fire<StepDetail>(this.host, 'k8s-step', { scenario: resolved.id, index: beat, step: first, parallel: others });
  }

  private onState(state: PlayerState): void {
    const was = this.state;
    this.state = state;
    this.host.requestUpdate();
    const scenario = this.resolved?.id ?? '';
    if (state === 'playing' && was !== 'playing') fire<ScenarioDetail>(this.host, 'k8s-play', { scenario });
    if (was === 'playing' && state === 'paused') fire<ScenarioDetail>(this.host, 'k8s-pause', { scenario });
  }

  /** Offscreen or in a hidden tab: no animation-frame work at all. */
  private applySuspension(): void {
    if (!this.player) return;
    if (this.visible && !this.hidden) this.player.resume();
    else this.player.suspend();
  }

  /** `autoplay` starts once the figure is visible, and never under reduced motion. */
  private maybeAutoplay(): void {
    if (!this.autoplay || this.autoplayed || !this.player || !this.visible || this.hidden || this.reducedMotion) return;
    this.autoplayed = true;
    this.player.play();
  }

  /** `#<element-id>:step=3` opens on the third beat (readers count from 1). */
  private followDeepLink(): boolean {
    const id = this.host.id;
    if (!id || !this.player) return false;
    const match = new RegExp(`^#${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:step=(\\d+)$`).exec(decodeURIComponent(location.hash));
    if (!match) return false;
    this.seek(Number(match[1]) - 1);
    return true;
  }
}

/**
 * The controls' and tokens' stylesheet joins the element's own once it plays a scenario:
 * it travels with the motion chunk, so pages without animation never load it.
 */
function adoptPlayerStyles(host: HTMLElement): void {
  const root = host.shadowRoot;
  const sheet = playerStyles.styleSheet;
  if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
