import {
  canonicalJson,
  CATALOG,
  cloneModel,
  componentDescription,
  componentLabel,
  format,
  isGroupKind,
  localize,
  messages,
  type DiagramError,
  type Lang,
  type Model,
  type ModelComponent,
  type Result,
  type ComponentState,
  type Scenario,
} from '@k8s-diagrams/core';
import { iconStyles } from '@k8s-diagrams/icons';
import { BOX, GROUP, modelKey, type Geometry, type NodeBox } from '@k8s-diagrams/layout';
import { html, LitElement, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { deferred, type Deferred } from '../internal/deferred.js';
import { sharedLayoutEngine } from '../internal/engine.js';
import { fire, type ErrorDetail, type SelectDetail } from '../internal/events.js';
import { LanguageController } from '../internal/language-controller.js';
import { LayoutController } from '../internal/layout-controller.js';
import { nextInDirection, readingOrder, type Direction, type NavTarget } from '../internal/spatial-nav.js';
import { THEMES, ThemeController, type Theme } from '../internal/theme-controller.js';
import { ViewportController, ZOOM_STEP } from '../internal/viewport-controller.js';
import { ProgressiveController } from '../internal/progressive-controller.js';
import { PlayerHost, type StepInfo } from '../player/player-host.js';
import { SPEED_RANGE, type SpeedProblem } from '../internal/speed.js';
import { resetWarnings, warnOnce } from '../internal/warn.js';
import { drawingIcons, drawingLayers, drawnKinds, focusRing, kindDescriptionId, renderDrawing, sliceCount } from '../render/drawing.js';
import { stackRenderer } from '../internal/stack-renderer.js';
import { renderLegend } from '../render/legend.js';
import { diagramStyles } from '../styles/diagram-styles.js';
import { BACKED_PADDING, tokenStyles } from '../styles/tokens.js';
// The typed events (HTMLElementEventMap), generated from the manifest by `pnpm build`.
import '../types.generated.js';

/** How the element reads one of its attributes, whether set as attribute or property. */
export type Reader = (attribute: string) => string | null;

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };

/**
 * What the four diagram elements share (ARCHITECTURE.md §2): language, theme, the model as
 * data, layout through the shared engine, the accessible drawing with keyboard navigation,
 * descriptions on hover and focus, zoom and pan, the legend, errors shown in place, and
 * animated scenarios. Subclasses say how their attributes or children become a model.
 *
 * @attr {string} lang - Language of titles, descriptions, the legend, captions and controls: its primary subtag (`fr-FR` is French); default: the nearest ancestor's `lang`, then `<html lang>`, then English. Another language falls back to English with one warning.
 *
 * @fires {CustomEvent<StepDetail>} k8s-step - A scenario moved to a beat: `{ scenario, index, step: { id, from, to, label }, parallel }`.
 * @fires {CustomEvent<PlayDetail>} k8s-play - A scenario started or resumed playing: `{ scenario }`.
 * @fires {CustomEvent<PauseDetail>} k8s-pause - A playing scenario was paused: `{ scenario }`.
 * @fires {CustomEvent<EndDetail>} k8s-end - A scenario reached its end: every pass (under `loop` too), and each arrival on the last beat by stepping: `{ scenario }`.
 * @csspart controls - The scenario's controls (play/pause, previous/next, scrubber, speed, counter).
 * @csspart caption - The current beat's caption, also read by screen readers (aria-live).
 * @csspart scrubber - The scenario's scrubber: one tick per beat.
 * @csspart token - A moving token (in the motion layer).
 * @cssprop --k8s-token-color - Moving tokens.
 * @cssprop --k8s-diagram-background - The frame's background (default: none, or the theme's surface when the page behind would leave its text under 4.5:1).
 */
export abstract class DiagramElement extends LitElement {
  // The player's stylesheet comes with the motion chunk (see ScenarioSession).
  static override styles = [iconStyles, tokenStyles, diagramStyles];

  /**
   * `auto` (follows the page's dark mode: `html.dark`, `html[data-theme]`, an inherited
   * `color-scheme`, then the background it sits on, the page's canvas being light unless
   * its `color-scheme` allows dark), `light` or `dark`. Whenever the theme's text would not
   * keep 4.5:1 against that background, the frame paints the theme's surface behind it.
   * @default 'auto'
   */
  @property() theme: 'auto' | 'light' | 'dark' | null = null;

  /**
   * A built-in scenario id (the README's table lists the nineteen and the figures they play
   * on) or, as a property, a Scenario object. Animates the figure step by step.
   */
  @property() scenario:
    | 'kubectl-apply'
    | 'self-healing'
    | 'scale'
    | 'node-failure'
    | 'ha-failover'
    | 'service-traffic'
    | 'docker-run'
    | 'crictl-run'
    | 'nerdctl-run'
    | 'etcd-quorum-loss'
    | 'kubectl-exec'
    | 'rolling-update'
    | 'autoscale'
    | 'scale-down'
    | 'probes'
    | 'drain'
    | 'dns-lookup'
    | 'load-balancer-service'
    | 'node-join'
    | Scenario
    | null = null;

  /**
   * Shows the scenario's controls (play/pause, previous/next, scrubber, speed).
   * @default false
   */
  @property({ type: Boolean, reflect: true }) controls = false;

  /**
   * Plays the scenario once the figure is visible, unless the reader prefers reduced motion.
   * @default false
   */
  @property({ type: Boolean, reflect: true }) autoplay = false;

  /**
   * Starts the scenario again at its end.
   * @default false
   */
  @property({ type: Boolean, reflect: true }) loop = false;

  /**
   * Playback speed, 0.25–4 (default 1). A value out of range clamps (reading `speed` then
   * gives the clamped value), with one warning once a scenario is set; a value that is not
   * a number is reported and the previous speed kept.
   * @default 1
   */
  @property()
  get speed(): number {
    return this.speedValue;
  }
  set speed(raw: number | `${number}` | null | undefined) {
    const old = this.speedValue;
    const text = String(raw ?? '').trim();
    const value = text ? Number(text) : 1;
    const used = Math.min(SPEED_RANGE.max, Math.max(SPEED_RANGE.min, value));
    if (!Number.isNaN(value)) this.speedValue = used;
    this.speedProblem = used === value ? undefined : { text, kept: old };
    this.requestUpdate('speed', old);
    // Reported at the next update, even when the speed in use stays the same.
    if (this.speedProblem) this.requestUpdate();
  }
  private speedValue = 1;
  private speedProblem?: SpeedProblem;

  /** Property names whose change means a new model. */
  protected static modelInputs: readonly string[] = [];

  protected readonly language = new LanguageController(this);
  protected readonly themes = new ThemeController(this);
  protected readonly layouts = new LayoutController(this, sharedLayoutEngine);
  protected readonly viewport = new ViewportController(this);
  private readonly progressive = new ProgressiveController(this);
  private readonly player = new PlayerHost(this, {
    geometry: () => (this.errors.length ? undefined : this.geometry),
    lang: () => this.language.lang,
    layer: () => this.renderRoot.querySelector<SVGGElement>('g.motion-layer'),
    tokenLayer: () => this.renderRoot.querySelector<HTMLElement>('.motion-overlay'),
    notice: (error) => this.reportNotice(error),
    speedChosen: (speed) => (this.speed = speed),
  });

  constructor() {
    super();
    // The upgrade-property pattern: a `.model` set before the element was defined (a framework
    // that renders before the define module has loaded) is an own property of the instance,
    // hiding the accessor. Move it onto the accessor so it is drawn. Lit does this for its
    // reactive properties only, and `model` is a plain accessor.
    if (Object.hasOwn(this, 'model')) {
      const value = (this as { model?: Model | null }).model;
      Reflect.deleteProperty(this, 'model');
      this.model = value;
    }
  }

  /** The model as data; set it to draw your own. Reading it returns a copy of what is drawn. */
  get model(): Model | null {
    return this.drawn ? cloneModel(this.drawn) : null;
  }
  set model(value: Model | null | undefined) {
    const old = this.explicitModel;
    this.explicitModel = value ?? undefined;
    this.modelDirty = true;
    this.requestUpdate('model', old);
  }

  @state() protected geometry?: Geometry;
  @state() protected errors: DiagramError[] = [];
  /** The component the reader points at or has focused (its description shows). */
  @state() protected current?: string;
  /** The component that has focus (it gets the focus ring). */
  @state() protected focused?: string;

  protected explicitModel?: Model;
  protected drawn?: Model;
  protected components = new Map<string, ModelComponent>();
  /** Key of the model last sent to layout, and of the one whose geometry is drawn. */
  private modelKey?: string;
  private drawnKey?: string;
  private modelDirty = true;
  private cycle: Deferred<void> = deferred();
  private cycleOpen = true;
  private lastReported = '';
  private focusedInside = false;

  /**
   * Resolves once the element shows its diagram or its error for the current input;
   * never rejects.
   */
  get layoutComplete(): Promise<void> {
    return this.cycle.promise;
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.language.refresh();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A diagram put back into the page lays itself out again.
    this.modelDirty = true;
    this.requestUpdate();
  }

  /** False when the element only configures a parent (a child of `<k8s-cluster>`): it draws nothing. */
  protected shouldDraw(): boolean {
    return true;
  }

  /** How the subclass's attributes (or children, or files it loads) describe the model. */
  protected abstract modelFromMarkup(): Result<Model> | Promise<Result<Model>>;

  /**
   * Derives what the subclass draws on top of the model (a highlighted route), or reports
   * why it cannot. Runs whenever the model or its inputs change.
   */
  protected decorate(_model: Model): Result<void> {
    return { ok: true, value: undefined };
  }

  /** States that replace the model's while a scenario plays: its effects up to the current beat. */
  protected stateOverrides(): ReadonlyMap<string, ComponentState> | undefined {
    return this.player.states();
  }

  // ---- Scenario API (ARCHITECTURE.md §2, Player) ----------------------------------------------

  /** Plays the scenario from where it is. Never throws. */
  play(): void {
    this.player.play();
  }

  /** Pauses the scenario. */
  pause(): void {
    this.player.pause();
  }

  /** Shows the next beat (the first one from the start) and fires `k8s-step`; on arriving at the last beat, `k8s-end` too. */
  next(): void {
    this.player.next();
  }

  /** Shows the previous beat. */
  previous(): void {
    this.player.previous();
  }

  /** Shows a beat, counted from 0; out-of-range values clamp with a warning. */
  seek(index: number): void {
    this.player.seek(index);
  }

  /** Back to before the first beat (`stepIndex` -1). */
  reset(): void {
    this.player.reset();
  }

  /** Whether the scenario is playing. */
  get playing(): boolean {
    return this.player.playing;
  }

  /** The beat shown, counted from 0; -1 before the first. */
  get stepIndex(): number {
    return this.player.stepIndex;
  }

  /** Every step of the scenario (resolved ids), each with its beat. */
  get steps(): StepInfo[] {
    return this.player.steps;
  }

  /** Components and edges to emphasise; the rest is dimmed. */
  protected emphasis?: { components: ReadonlySet<string>; edges: ReadonlySet<string> } | undefined;

  /** The figure's accessible name. */
  protected abstract figureName(model: Model, lang: Lang): string;

  /**
   * Reads an attribute through its property, so `el.replicas = 3` and `replicas="3"` agree;
   * a boolean property reads as a boolean attribute (present when true).
   */
  protected readonly read: Reader = (attribute) => {
    const prop = attribute.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
    const value = (this as unknown as Record<string, unknown>)[prop];
    if (typeof value === 'boolean') return value ? '' : null;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
  };

  /** Marks the model as needing a rebuild (children changed, for instance). */
  protected invalidateModel(): void {
    this.modelDirty = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('theme')) this.applyTheme();
    if (changed.has('speed') || this.speedProblem) {
      this.player.setSpeed(this.speed, this.speedProblem);
      this.speedProblem = undefined;
    }
    if (changed.has('loop')) this.player.setLoop(this.loop);
    this.player.controls = this.controls;
    this.player.autoplay = this.autoplay;
    if (changed.has('scenario')) {
      this.player.scenario = this.scenario;
      this.modelDirty = true;
    }
    const inputs = (this.constructor as typeof DiagramElement).modelInputs;
    if (inputs.some((p) => changed.has(p))) this.modelDirty = true;
    if (this.modelDirty && this.isConnected) {
      this.modelDirty = false;
      if (this.shouldDraw()) void this.rebuild();
      else void this.closeCycle();
    }
  }

  private applyTheme(): void {
    const raw = (this.theme ?? 'auto').trim().toLowerCase();
    if ((THEMES as readonly string[]).includes(raw)) {
      this.themes.setTheme(raw as Theme);
      return;
    }
    // A bad theme keeps the diagram and the previous theme; it is reported, not drawn.
    this.reportNotice({
      code: 'invalid-attribute',
      path: 'theme',
      message: {
        en: `theme="${raw}" is not valid; use “auto”, “light” or “dark”. Keeping “${this.themes.theme}”.`,
        fr: `theme="${raw}" n'est pas valide ; utilisez « auto », « light » ou « dark ». « ${this.themes.theme} » est conservé.`,
      },
    });
  }

  private buildSeq = 0;

  private async rebuild(): Promise<void> {
    const seq = ++this.buildSeq;
    if (!this.cycleOpen) {
      this.cycle = deferred();
      this.cycleOpen = true;
    }
    // A model given as data is checked by the validator, loaded with the first such model.
    const built =
      this.explicitModel !== undefined
        ? (await import('@k8s-diagrams/core/validate')).validateModel(this.explicitModel)
        : await this.modelFromMarkup();
    if (seq !== this.buildSeq) return; // a newer input replaced this one
    if (!built.ok) {
      this.layouts.cancel();
      this.showErrors(built.errors);
      return;
    }
    // A scenario may add components (new Pods, a Service): lay out the model it plays on.
    const prepared = await this.player.prepare(built.value, this.localName);
    if (seq !== this.buildSeq) return; // a newer input replaced this one
    if (!prepared.ok) {
      this.layouts.cancel();
      this.showErrors(prepared.errors);
      return;
    }
    const model = prepared.value;
    const decorated = this.decorate(model);
    if (!decorated.ok) {
      this.layouts.cancel();
      this.showErrors(decorated.errors);
      return;
    }
    const key = modelKey(model);
    if (key === this.drawnKey && this.geometry && this.errors.length === 0) {
      // Back to the drawing on screen: a layout still running for another model is dropped.
      if (key !== this.modelKey) this.layouts.cancel();
      this.modelKey = key;
      this.requestUpdate();
      // Same drawing: done once the slices still being drawn, if any, are all in.
      void this.progressive.drawn.then(() => {
        if (seq === this.buildSeq) void this.closeCycle();
      });
      return;
    }
    this.modelKey = key;
    void this.layout(model, key, seq);
  }

  private async layout(model: Model, key: string, seq: number): Promise<void> {
    const outcome = await this.layouts.run(model, key);
    // A big drawing's first slice in a task of its own, not in the layout's last one.
    if (outcome && 'geometry' in outcome && sliceCount(outcome.geometry) > 1) await new Promise((resolve) => setTimeout(resolve));
    if (!outcome || seq !== this.buildSeq) return; // a newer model replaced this one
    if ('error' in outcome) {
      this.modelKey = undefined;
      this.showErrors([outcome.error]);
      return;
    }
    this.drawn = model;
    this.components = new Map(model.components.map((c) => [c.id, c]));
    this.geometry = outcome.geometry;
    this.drawnKey = key;
    this.viewport.reset();
    if (this.current && !this.components.has(this.current)) this.current = undefined;
    if (this.errors.length) {
      this.errors = [];
      this.lastReported = '';
      resetWarnings(this);
    }
    await this.progressive.start(sliceCount(outcome.geometry));
    // A newer input took over while the slices were drawn: its own cycle closes it.
    if (seq !== this.buildSeq) return;
    await this.closeCycle();
  }

  private async closeCycle(): Promise<void> {
    await this.updateComplete;
    if (this.modelDirty) return;
    this.cycleOpen = false;
    this.cycle.resolve();
  }

  private showErrors(errors: DiagramError[]): void {
    this.errors = errors;
    this.geometry = undefined;
    this.drawnKey = undefined;
    this.drawn = undefined;
    this.modelKey = undefined;
    const key = canonicalJson(errors);
    if (key !== this.lastReported) {
      this.lastReported = key;
      for (const e of errors) warnOnce(this, `<${this.localName}> ${e.message.en}`);
      const first = errors[0]!;
      fire<ErrorDetail>(this, 'k8s-error', { code: first.code, message: first.message[this.language.lang], path: first.path });
    }
    void this.closeCycle();
  }

  /**
   * A problem that does not stop the drawing (a bad theme or player attribute): reported
   * with `k8s-error` and one warning, the previous value kept.
   */
  protected reportNotice(error: DiagramError): void {
    warnOnce(this, `<${this.localName}> ${error.message.en}`);
    fire<ErrorDetail>(this, 'k8s-error', { code: error.code, message: error.message[this.language.lang], path: error.path });
  }

  // ---- Rendering -------------------------------------------------------------------

  protected override render(): TemplateResult | typeof nothing {
    if (!this.shouldDraw()) return nothing;
    const lang = this.language.lang;
    const m = messages(lang);
    const busy = this.layouts.loading && !this.errors.length;
    this.viewport.inset = this.themes.backed ? 2 * BACKED_PADDING : 0;
    return html`<div class="frame ${this.themes.dark ? 'dark' : ''} ${this.themes.backed ? 'backed' : ''}" aria-busy=${busy ? 'true' : 'false'}>
      ${this.errors.length
        ? html`<div class="error" part="error" role="alert">
            <strong>${m.errorTitle}</strong>
            ${this.errors.length === 1
              ? html`<span>${this.errors[0]!.message[lang]}</span>`
              : html`<ul>${this.errors.map((e) => html`<li>${e.message[lang]}</li>`)}</ul>`}
          </div>`
        : nothing}
      ${busy ? html`<div class="loading" part="loading" role="status">${m.loading}</div>` : nothing}
      ${this.geometry && this.drawn && !this.errors.length ? this.renderFigure(this.geometry, this.drawn, lang) : nothing}
    </div>`;
  }

  /**
   * A figure prerendered into the page (declarative shadow DOM, see the render package)
   * stays on screen until this element has drawn the same figure or its error, then goes in
   * the same task: no flash, no shift, and the shadow root is kept.
   */
  protected override updated(): void {
    // The prerendered frame, a child of the shadow root, goes once the live one is drawn
    // (looked for among the root's children: a big drawing has tens of thousands of nodes).
    if (this.geometry || this.errors.length) for (const child of [...this.renderRoot.children]) if (child.hasAttribute('data-prerendered')) child.remove();
  }

  /** Under the drawing: the scenario's controls and caption. */
  protected renderBelow(): TemplateResult | typeof nothing {
    return this.player.render();
  }

  /**
   * Over the components: the motion layer, an empty group rendered once and owned by the
   * player (D3 draws tokens and rings in it; Lit never touches its children).
   */
  protected renderOverlay(): unknown {
    return this.player.active ? svg`<g class="motion-layer" aria-hidden="true"></g>` : nothing;
  }

  private renderFigure(geometry: Geometry, model: Model, lang: Lang): TemplateResult {
    const m = messages(lang);
    const scale = this.viewport.fitScale(geometry.width);
    const width = Math.round(geometry.width * scale);
    const height = Math.round(geometry.height * scale);
    this.viewport.setDrawingSize(width, height);
    const { zoom, panX, panY } = this.viewport;
    const zoomed = zoom > 1;
    return html`<div
        class="figure"
        part="diagram"
        role="group"
        tabindex="0"
        aria-label=${this.explicitModel ? m.figure.custom : this.figureName(model, lang)}
        aria-describedby="figure-description figure-help"
        @keydown=${this.onKeyDown}
        @focusin=${this.onFocusIn}
        @focusout=${this.onFocusOut}
        @click=${this.onClick}
        @pointerover=${this.onPointerOver}
        @pointerleave=${this.onPointerLeave}
      >
        <p id="figure-description" class="visually-hidden">${this.describe(model, lang)}</p>
        <p id="figure-help" class="visually-hidden">${m.keyboardHelp}</p>
        <div hidden>
          ${drawnKinds(geometry).map((kind) => html`<p id=${kindDescriptionId(kind)}>${CATALOG[kind].description[lang]}</p>`)}
        </div>
        <div
          class="viewport ${zoomed ? 'zoomed' : ''}"
          style="width:${width}px;height:${height}px"
          @pointerdown=${this.viewport.onPointerDown}
          @pointermove=${this.viewport.onPointerMove}
          @pointerup=${this.viewport.onPointerUp}
          @pointercancel=${this.viewport.onPointerUp}
          @wheel=${{ handleEvent: (e: WheelEvent) => this.viewport.onWheel(e, this.focusedInside), passive: false }}
        >
          ${this.renderSheets(geometry, lang, width, height, `translate(${panX}px,${panY}px) scale(${zoom})`, scale * zoom)}
          ${this.player.active
            ? html`<div
                class="motion-overlay"
                aria-hidden="true"
                style="width:${geometry.width}px;height:${geometry.height}px;transform:translate(${panX}px,${panY}px) scale(${scale * zoom})"
              ></div>`
            : nothing}
        </div>
        ${this.renderTooltip(geometry, scale, width, lang)}
      </div>
      ${this.renderBelow()}
      <div class="footer">
        ${renderLegend(geometry, this.components, lang)}
        <div class="toolbar" part="toolbar">
          <button type="button" aria-label=${m.zoomIn} title=${m.zoomIn} @click=${() => this.viewport.zoomBy(ZOOM_STEP)}>+</button>
          <button type="button" aria-label=${m.zoomOut} title=${m.zoomOut} ?disabled=${!zoomed} @click=${() => this.viewport.zoomBy(1 / ZOOM_STEP)}>−</button>
          <button type="button" aria-label=${m.zoomFit} title=${m.zoomFit} ?disabled=${!zoomed} @click=${() => this.viewport.reset()}>⤢</button>
        </div>
      </div>`;
  }

  /** The drawing: one SVG, or for a big diagram drawn in slices a stack of sheets (renderDrawingStack). */
  private renderSheets(geometry: Geometry, lang: Lang, width: number, height: number, transform: string, shownScale: number): TemplateResult {
    // Labels under 4 screen pixels are smudges, not words (ARCHITECTURE.md §3, "Big diagrams").
    const far = shownScale * BOX.fontSize < 4;
    const input = {
      geometry,
      components: this.components,
      lang,
      focused: this.focused,
      emphasis: this.emphasis,
      states: this.stateOverrides(),
      slices: this.progressive.slices,
    };
    const viewBox = `0 0 ${geometry.width} ${geometry.height}`;
    const stack = sliceCount(geometry) > 1 ? stackRenderer() : undefined;
    if (stack)
      return stack({ layers: drawingLayers(input), icons: drawingIcons(geometry), top: svg`${focusRing(input)}${this.renderOverlay()}`, viewBox, width, height, transform, far });
    return html`<svg width=${width} height=${height} viewBox=${viewBox} style="transform:${transform}">
      ${renderDrawing(input)} ${this.renderOverlay()}
    </svg>`;
  }

  private describe(model: Model, lang: Lang): string {
    const names = [...new Set(model.components.filter((c) => !isGroupKind(c.kind)).map((c) => localize(CATALOG[c.kind].label, lang)))];
    return format(messages(lang).figureDescription, { names: names.join(', ') });
  }

  private renderTooltip(geometry: Geometry, scale: number, width: number, lang: Lang): TemplateResult | typeof nothing {
    const id = this.current;
    const box = id ? geometry.nodes.find((n) => n.id === id) : undefined;
    const c = id ? this.components.get(id) : undefined;
    if (!box || !c) return nothing;
    const { zoom, panX, panY } = this.viewport;
    const offset = Math.max(0, (this.viewport.available - width) / 2);
    const left = offset + box.x * scale * zoom + panX;
    const top = (box.y + (box.group ? GROUP.padTop : box.height)) * scale * zoom + panY + 6;
    const state = c.state ? messages(lang).state[c.state] : undefined;
    return html`<div class="tooltip" part="tooltip" aria-hidden="true" style="left:${Math.max(0, Math.round(left))}px;top:${Math.round(top)}px">
      <strong>${componentLabel(c, lang)}${state ? html` <span class="state">(${state})</span>` : nothing}</strong>
      ${componentDescription(c, lang)}
    </div>`;
  }

  // ---- Interaction -------------------------------------------------------------------

  private componentOf(event: Event): string | undefined {
    for (const target of event.composedPath()) {
      if (target instanceof Element && target.hasAttribute('data-component')) return target.getAttribute('data-component')!;
      if (target === this) break;
    }
    return undefined;
  }

  private focusComponent(id: string): void {
    const el = this.renderRoot.querySelector<SVGGElement>(`[data-component="${CSS.escape(id)}"]`);
    el?.focus();
    const box = this.geometry?.nodes.find((n) => n.id === id);
    if (box) {
      const scale = this.viewport.fitScale(this.geometry!.width);
      this.viewport.reveal({ x: box.x * scale, y: box.y * scale, width: box.width * scale, height: box.height * scale });
    }
  }

  private navTargets(): NavTarget[] {
    // Groups are reached at their title, components at their centre.
    return (this.geometry?.nodes ?? []).map((n: NodeBox) =>
      n.group ? { id: n.id, x: n.x + 40, y: n.y + GROUP.padTop / 2 } : { id: n.id, x: n.x + n.width / 2, y: n.y + n.height / 2 },
    );
  }

  private select(id: string): void {
    const c = this.components.get(id);
    if (c) fire<SelectDetail>(this, 'k8s-select', { componentId: id, kind: c.kind });
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const onComponent = this.componentOf(event);
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const targets = this.navTargets();
      const from = targets.find((t) => t.id === onComponent);
      const next = from ? nextInDirection(targets, from, direction) : readingOrder(targets)[0];
      if (next) this.focusComponent(next.id);
      return;
    }
    switch (event.key) {
      case 'Home':
      case 'End': {
        const ordered = readingOrder(this.navTargets());
        const target = event.key === 'Home' ? ordered[0] : ordered[ordered.length - 1];
        if (target) {
          event.preventDefault();
          this.focusComponent(target.id);
        }
        return;
      }
      case 'Enter':
        if (onComponent) {
          event.preventDefault();
          this.select(onComponent);
        }
        return;
      case 'Escape':
        if (onComponent) {
          event.preventDefault();
          this.renderRoot.querySelector<HTMLElement>('.figure')?.focus();
        }
        return;
      case '+':
      case '=':
        event.preventDefault();
        this.viewport.zoomBy(ZOOM_STEP);
        return;
      case '-':
        event.preventDefault();
        this.viewport.zoomBy(1 / ZOOM_STEP);
        return;
      case '0':
        event.preventDefault();
        this.viewport.reset();
        return;
    }
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    this.focusedInside = true;
    const id = this.componentOf(event);
    this.focused = id;
    if (id) this.current = id;
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.renderRoot.contains(next)) {
      this.focusedInside = false;
      this.current = undefined;
      this.focused = undefined;
    }
  };

  private readonly onClick = (event: MouseEvent): void => {
    const id = this.componentOf(event);
    if (!id) return;
    this.focusComponent(id);
    this.current = id;
    this.select(id);
  };

  private readonly onPointerOver = (event: PointerEvent): void => {
    if (event.pointerType === 'touch') return;
    this.current = this.componentOf(event) ?? this.focusedComponent();
  };

  private focusedComponent(): string | undefined {
    return (this.renderRoot as ShadowRoot).activeElement?.getAttribute('data-component') ?? undefined;
  }

  private readonly onPointerLeave = (): void => {
    this.current = this.focusedComponent();
  };
}
