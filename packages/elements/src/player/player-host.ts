import type { ComponentState, DiagramError, Lang, Model, Result } from '@k8s-diagrams/core';
import type { Geometry } from '@k8s-diagrams/layout';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SpeedProblem } from '../internal/speed.js';
import type { StepSummary } from '../internal/events.js';
import type * as MotionChunk from './motion-chunk.js';
import type { ScenarioSession } from './scenario-session.js';

let chunk: Promise<typeof MotionChunk> | undefined;
/**
 * The motion chunk and the precomputed layouts every scenario page may need, fetched once
 * per page (in parallel), the first time an element gets a scenario.
 */
const loadMotion = (): Promise<typeof MotionChunk> =>
  (chunk ??= Promise.all([
    import('./motion-chunk.js'),
    import('./scenario-layouts.js').then((layouts) => layouts.installScenarioLayouts()),
  ]).then(([motion]) => motion));

/** A step of the scenario as the element's `steps` lists it. */
export interface StepInfo extends StepSummary {
  /** `request`, `response`, `watch`, `internal` or `event`. */
  kind: string;
  /** The beat the step belongs to, counted from 0. */
  beat: number;
}

/** What the player reads from its element. */
export interface PlayerHooks {
  geometry(): Geometry | undefined;
  lang(): Lang;
  /** The empty <g> the player owns (rendered by the element once a scenario is set). */
  layer(): SVGGElement | null;
  /** The empty HTML overlay, over the drawing in its units, where tokens move. */
  tokenLayer(): HTMLElement | null;
  notice(error: DiagramError): void;
  /** The reader chose a speed in the controls: it becomes the element's `speed`. */
  speedChosen(speed: number): void;
}

/**
 * The scenario side of a diagram element, kept small in the entry module: it holds the
 * element's player attributes and, once a scenario is set, loads the motion chunk and hands
 * everything to a ScenarioSession.
 */
export class PlayerHost implements ReactiveController {
  scenario: unknown = null;
  controls = false;
  autoplay = false;
  private loop = false;
  private speed = 1;
  private speedProblem?: SpeedProblem;
  private session?: ScenarioSession;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly hooks: PlayerHooks,
  ) {
    host.addController(this);
  }

  get active(): boolean {
    return this.scenario !== null && this.scenario !== undefined && this.scenario !== '';
  }

  hostConnected(): void {
    this.connected = true;
    this.session?.connect();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.session?.disconnect();
  }

  hostUpdated(): void {
    this.session?.update();
  }

  /** The model to lay out: the element's, plus what its scenario adds (loading the motion chunk first). */
  async prepare(model: Model, element: string): Promise<Result<Model>> {
    if (!this.active && !this.session) return { ok: true, value: model };
    const { ScenarioSession, loadScenarioFor } = await loadMotion();
    // The scenario may change while its chunk loads: load until the one named is at hand.
    for (let wanted = this.scenario; ; wanted = this.scenario) {
      await loadScenarioFor(wanted);
      if (wanted === this.scenario) break;
    }
    if (!this.session) {
      if (!this.session) {
        this.session = new ScenarioSession(this.host, this.hooks);
        if (this.connected) this.session.connect();
        this.session.setSpeed(this.speed, this.speedProblem);
        this.speedProblem = undefined;
      }
    }
    this.sync(this.session);
    return this.session.prepare(model, element);
  }

  private sync(session: ScenarioSession): void {
    session.scenario = this.scenario;
    session.controls = this.controls;
    session.autoplay = this.autoplay;
    session.setLoop(this.loop);
  }

  /**
   * The element's speed, already clamped, and what was wrong with it as written: reported
   * by the scenario's session (the only place where speed means something).
   */
  setSpeed(speed: number, problem?: SpeedProblem): void {
    this.speed = speed;
    if (this.session) this.session.setSpeed(speed, problem);
    else this.speedProblem = problem ?? this.speedProblem;
  }

  setLoop(loop: boolean): void {
    this.loop = loop;
    this.session?.setLoop(loop);
  }

  play(): void {
    this.session?.play();
  }
  pause(): void {
    this.session?.pause();
  }
  next(): void {
    this.session?.next();
  }
  previous(): void {
    this.session?.previous();
  }
  seek(index: number): void {
    this.session?.seek(index);
  }
  reset(): void {
    this.session?.reset();
  }

  get playing(): boolean {
    return this.session?.playing ?? false;
  }

  get stepIndex(): number {
    return this.session?.stepIndex ?? -1;
  }

  get steps(): StepInfo[] {
    return this.session?.steps ?? [];
  }

  states(): ReadonlyMap<string, ComponentState> | undefined {
    return this.session?.states();
  }

  render(): TemplateResult | typeof nothing {
    if (!this.session) return nothing;
    this.sync(this.session);
    return this.session.render();
  }
}
