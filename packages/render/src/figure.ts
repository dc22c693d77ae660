import {
  CATALOG,
  figureModelFromMarkup,
  format,
  isGroupKind,
  LANGS,
  localize,
  matchLanguage,
  messages,
  resolveHighlight,
  resolveScenario,
  validateModel,
  type AttributeReader,
  type Lang,
  type Model,
  type ModelComponent,
  type ResolvedScenario,
  type Result,
  type ScenarioElement,
} from '@k8s-diagrams/core';
import { createLayoutEngine, loadMorePresets, modelKey, PRESETS, type Geometry } from '@k8s-diagrams/layout';
import { SCENARIO_PRESETS } from '@k8s-diagrams/layout/scenario-presets';
import { resolve } from 'node:path';
import { RenderError } from './errors.js';
import { parseFigureHtml, type MarkupElement, type RenderableTag } from './input.js';

export type RenderTheme = 'light' | 'dark';

/** What every output takes. */
export interface RenderOptions {
  /** `en` or `fr`; default: the element's `lang` attribute, else English. */
  lang?: string;
  /** `light` or `dark`; default: the element's `theme` attribute (`auto` is light), else light. */
  theme?: string;
  /** The column width (px) the figure is drawn for: wider figures scale down to it, as in the page. */
  width?: number;
  /** A built-in scenario id, or a Scenario object; default: the element's `scenario` attribute. */
  scenario?: unknown;
  /** For a model given as data: the element it is drawn as (default `k8s-cluster`). */
  element?: ScenarioElement;
  /** Where `src` and `audit-src` are read from (as a page's URL for the element; default: the working directory). */
  baseDir?: string;
}

/** A figure ready to draw: the model as the element would lay it out, and its geometry. */
export interface Figure {
  tag: Exclude<RenderableTag, 'k8s-icon'>;
  model: Model;
  components: ReadonlyMap<string, ModelComponent>;
  geometry: Geometry;
  /** The model key its layout is known by (presets, the elements' cache): prerendered figures carry it. */
  key: string;
  lang: Lang;
  theme: RenderTheme;
  /** The figure's accessible name, as the element gives it. */
  title: string;
  description: string;
  emphasis?: { components: ReadonlySet<string>; edges: ReadonlySet<string> };
  scenario?: ResolvedScenario;
  /** The element's `controls` and `speed` (what its player shows under the figure). */
  player: { controls: boolean; speed: number };
  /** Width and height at which it is shown (the geometry scaled down to `width`). */
  shown: { width: number; height: number };
}

/** One engine for the process: presets first (default figures and the scenarios' figures), else elkjs in-process. */
// ELK (1.4 MB) is loaded only for a topology without a preset: the CLI starts fast.
const engine = createLayoutEngine({
  elk: async () => (await import('@k8s-diagrams/layout/node')).nodeElkFactory(),
  presets: { ...PRESETS, ...SCENARIO_PRESETS },
  morePresets: loadMorePresets,
});

/** How many graphs went to ELK in this process (the prerender tests and the bench read it). */
export const elkCallCount = (): number => engine.elkCalls;

const readerOf = (element: MarkupElement): AttributeReader => (name) => element.attributes.get(name) ?? null;

export function resolveLang(option: string | undefined, attribute: string | null | undefined): Lang {
  if (option !== undefined) {
    const match = matchLanguage(option);
    if (!match.supported || option.trim() === '')
      throw new RenderError('invalid-option', `--lang ${JSON.stringify(option)} is not supported; use ${LANGS.join(' or ')}.`, 'lang');
    return match.lang;
  }
  return matchLanguage(attribute).lang;
}

export function resolveTheme(option: string | undefined, attribute: string | null | undefined): RenderTheme {
  if (option !== undefined) {
    if (option !== 'light' && option !== 'dark')
      throw new RenderError('invalid-option', `--theme ${JSON.stringify(option)} is not valid; use light or dark.`, 'theme');
    return option;
  }
  return attribute?.trim().toLowerCase() === 'dark' ? 'dark' : 'light';
}

function unwrap<T>(result: Result<T>, lang: Lang): T {
  if (!result.ok) throw RenderError.from(result.errors, lang);
  return result.value;
}

/** The model an element's markup describes, exactly as the element builds it. */
function modelOf(element: MarkupElement & { tag: Figure['tag'] }, lang: Lang): Model {
  const children = element.children.map((child) => ({ localName: child.tag, read: readerOf(child) }));
  return unwrap(figureModelFromMarkup(element.tag, readerOf(element), children), lang);
}

function figureTitle(tag: Figure['tag'], model: Model, lang: Lang, custom: boolean): string {
  const names = messages(lang).figure;
  if (custom) return names.custom;
  switch (tag) {
    case 'k8s-cluster':
      return names.cluster;
    case 'k8s-control-plane':
      return model.components.some((c) => c.kind === 'load-balancer') ? names.highAvailability : names.controlPlane;
    case 'k8s-worker-node':
      return names.workerNode;
    case 'container-stack':
      return names.containerStack;
  }
}

function describe(model: Model, lang: Lang): string {
  const names = [...new Set(model.components.filter((c) => !isGroupKind(c.kind)).map((c) => localize(CATALOG[c.kind].label, lang)))];
  return format(messages(lang).figureDescription, { names: names.join(', ') });
}

/** What the renderer was given: a doc author's HTML, or a model as data (the `.model` property). */
export type FigureInput = string | Model;

/**
 * Builds, validates and lays out a figure as the element would: the same model (markup or
 * `.model`), the same scenario additions, the same presets, else ELK in this process.
 * Throws RenderError with the elements' code and message.
 */
export async function prepareFigure(input: FigureInput, options: RenderOptions = {}): Promise<Figure> {
  let tag: Figure['tag'];
  let model: Model;
  let lang: Lang;
  let theme: RenderTheme;
  let scenario: unknown = options.scenario;
  let highlight: string | null = null;
  const player = { controls: false, speed: 1 };
  const custom = typeof input !== 'string';
  if (typeof input === 'string') {
    const element = parseFigureHtml(input);
    if (element.tag === 'k8s-icon')
      throw new RenderError('invalid-input', '<k8s-icon> is an icon, not a figure: render it as SVG or PNG, without a scenario.', 'k8s-icon');
    tag = element.tag;
    lang = resolveLang(options.lang, element.attributes.get('lang'));
    theme = resolveTheme(options.theme, element.attributes.get('theme'));
    const src = element.attributes.get('src');
    if (tag === 'k8s-cluster' && src) {
      // A recorded cluster, read as the element fetches it (relative to the page: here, baseDir).
      const { recordedCluster } = await import('./snapshot.js');
      const base = options.baseDir ?? process.cwd();
      const audit = element.attributes.get('audit-src');
      const namespaces = element.attributes.get('namespaces');
      const recorded = await recordedCluster(resolve(base, src), {
        lang,
        ...(audit ? { auditPath: resolve(base, audit) } : {}),
        ...(namespaces ? { namespaces } : {}),
      });
      model = recorded.model;
      if (recorded.scenario) scenario ??= recorded.scenario;
    } else model = modelOf(element as MarkupElement & { tag: Figure['tag'] }, lang);
    scenario ??= element.attributes.get('scenario') || undefined;
    highlight = element.attributes.get('highlight') ?? null;
    player.controls = element.attributes.has('controls');
    const speed = Number(element.attributes.get('speed') ?? 1);
    if (Number.isFinite(speed)) player.speed = Math.min(4, Math.max(0.25, speed));
  } else {
    tag = options.element ?? 'k8s-cluster';
    lang = resolveLang(options.lang, undefined);
    theme = resolveTheme(options.theme, undefined);
    model = unwrap(validateModel(input), lang);
  }

  let resolved: ResolvedScenario | undefined;
  if (scenario !== undefined && scenario !== null && scenario !== '') {
    const result = resolveScenario(scenario, model, tag);
    if (!result.ok) throw RenderError.from(result.errors.map((e) => ({ ...e, path: e.path ? `scenario ${e.path}` : 'scenario' })), lang);
    resolved = result.value;
    model = resolved.model;
  }
  const emphasis = tag === 'container-stack' ? unwrap(resolveHighlight(model, highlight), lang) : undefined;

  const key = modelKey(model);
  const laid = await engine.layout(model, { key });
  if (!laid.ok) throw RenderError.from([laid.error], lang);
  const geometry = laid.geometry;
  const scale = options.width !== undefined && options.width > 0 ? Math.min(1, options.width / geometry.width) : 1;
  return {
    tag,
    model,
    components: new Map(model.components.map((c) => [c.id, c])),
    geometry,
    key,
    lang,
    theme,
    title: figureTitle(tag, model, lang, custom),
    description: describe(model, lang),
    ...(emphasis ? { emphasis } : {}),
    ...(resolved ? { scenario: resolved } : {}),
    player,
    shown: { width: Math.round(geometry.width * scale), height: Math.round(geometry.height * scale) },
  };
}
