// What the example pages' tests share: the figures and icons every version of the seed page
// has, and the checks run on a page in Chromium (upgraded and drawn, language, dark mode,
// the player, axe). The pages: examples/vitepress (built and served), examples/html.
import assert from 'node:assert/strict';
import {
  figureModelFromMarkup,
  CATALOG,
  componentLabel,
  isGroupKind,
  localize,
  PLAYER_MESSAGES,
  resolveScenario,
  type Kind,
  type Lang,
  type Model,
  type Result,
  type Scenario,
} from '@k8s-diagrams/core';
import type { Page } from 'playwright-core';
import { controlPlaneScenario } from '../../examples/shared/control-plane-scenario.js';

export const DIAGRAM_TAGS = ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node', 'container-stack'] as const;

export interface Figure {
  id: string;
  tag: (typeof DIAGRAM_TAGS)[number];
  attributes: Record<string, string>;
  /** A built-in id, or the Scenario object the page sets as a property. */
  scenario: string | Scenario;
  /** Kinds the figure must draw. */
  kinds: Kind[];
}

/** The seed page's six figures, in page order, with their scenarios. */
export const FIGURES: Figure[] = [
  {
    id: 'cluster',
    tag: 'k8s-cluster',
    // No pods of its own: the scenario's three nginx Pods are the ones drawn (and the figure
    // stays as wide as the default one, labels at full size in a 688 px column).
    attributes: { pods: '0' },
    scenario: 'kubectl-apply',
    kinds: ['kubectl', 'cluster', 'control-plane', 'apiserver', 'etcd', 'scheduler', 'controller-manager', 'node', 'kubelet', 'kube-proxy', 'containerd', 'shim', 'runc', 'pod'],
  },
  {
    id: 'control-plane',
    tag: 'k8s-control-plane',
    attributes: { cloud: 'OVH' },
    scenario: controlPlaneScenario,
    kinds: ['control-plane', 'apiserver', 'etcd', 'scheduler', 'controller-manager', 'cloud-controller-manager', 'cloud'],
  },
  {
    id: 'ha-control-plane',
    tag: 'k8s-control-plane',
    attributes: { replicas: '3', cloud: 'none' },
    scenario: 'ha-failover',
    kinds: ['load-balancer', 'control-plane', 'apiserver', 'etcd', 'scheduler', 'controller-manager'],
  },
  {
    id: 'worker-node',
    tag: 'k8s-worker-node',
    attributes: {},
    scenario: 'self-healing',
    kinds: ['apiserver', 'node', 'kubelet', 'kube-proxy', 'containerd', 'cni', 'shim', 'runc', 'pod'],
  },
  {
    // Where the page explains the kubelet: the one path from the API server to a node.
    id: 'kubelet-exec',
    tag: 'k8s-cluster',
    attributes: {},
    scenario: 'kubectl-exec',
    kinds: ['kubectl', 'cluster', 'apiserver', 'node', 'kubelet', 'containerd', 'shim', 'runc', 'pod'],
  },
  {
    id: 'container-stack',
    tag: 'container-stack',
    attributes: {},
    scenario: 'crictl-run',
    kinds: ['layer', 'kubectl', 'docker-cli', 'nerdctl', 'crictl', 'podman', 'kubelet', 'cri', 'cri-dockerd', 'dockerd', 'containerd', 'cri-o', 'shim', 'kata', 'gvisor', 'oci', 'runc', 'crun', 'youki'],
  },
];

/** The icons of the page, in order: section titles (45 px), then the tables' rows (35 px). */
export const ICONS: Array<{ name: string; size: string; label: Record<Lang, string> }> = [
  { name: 'control-plane', size: '45', label: { fr: 'Plan de contrôle', en: 'Control plane' } },
  { name: 'api', size: '35', label: { fr: 'kube-apiserver', en: 'kube-apiserver' } },
  { name: 'etcd', size: '35', label: { fr: 'etcd', en: 'etcd' } },
  { name: 'sched', size: '35', label: { fr: 'kube-scheduler', en: 'kube-scheduler' } },
  { name: 'c-m', size: '35', label: { fr: 'kube-controller-manager', en: 'kube-controller-manager' } },
  { name: 'c-c-m', size: '35', label: { fr: 'cloud-controller-manager', en: 'cloud-controller-manager' } },
  { name: 'node', size: '45', label: { fr: 'Nœud worker', en: 'Worker node' } },
  { name: 'kubelet', size: '35', label: { fr: 'kubelet', en: 'kubelet' } },
  { name: 'k-proxy', size: '35', label: { fr: 'kube-proxy', en: 'kube-proxy' } },
  { name: 'containerd', size: '35', label: { fr: 'runtime de conteneurs', en: 'container runtime' } },
];

function unwrap<T>(r: Result<T>): T {
  assert.ok(r.ok, r.ok ? '' : r.errors.map((e) => e.message.en).join('; '));
  return r.value;
}

/** The model a figure draws before any scenario, built as the element builds it. */
export function figureModel(figure: Figure): Model {
  return unwrap(figureModelFromMarkup(figure.tag, (name) => figure.attributes[name] ?? null));
}

/** The caption of a figure's first beat, in a language (what the player shows after next()). */
export function firstCaption(figure: Figure, lang: Lang): string {
  const resolved = unwrap(resolveScenario(figure.scenario, figureModel(figure), figure.tag));
  const first = resolved.steps[resolved.beats[0]![0]!]!;
  return localize(first.caption, lang);
}

/** How many beats a figure's scenario has. */
export function beatCount(figure: Figure): number {
  return unwrap(resolveScenario(figure.scenario, figureModel(figure), figure.tag)).beats.length;
}

export interface DrawnDiagram {
  tag: string;
  id: string;
  defined: boolean;
  ownsId: boolean;
  error: string | null;
  /** Every drawn component: kind, its description (shadow `desc`), its group title if a group. */
  components: Array<{ id: string; kind: string; description: string | null; title: string | null }>;
  /** The figure's accessible name. */
  name: string | null;
  legend: string | null;
  dark: boolean;
}

export interface DrawnIcon {
  name: string | null;
  size: string | null;
  label: string | null;
  accessibleName: string | null;
  drawn: boolean;
}

/** Waits until every element is defined and laid out, then reads what each one drew. */
export async function readPage(page: Page): Promise<{ lang: string; diagrams: DrawnDiagram[]; icons: DrawnIcon[] }> {
  return page.evaluate(async (tags) => {
    type Diagram = HTMLElement & { layoutComplete: Promise<void> };
    const all = [...tags, 'k8s-icon'];
    await Promise.race([
      Promise.all(all.map((t) => customElements.whenDefined(t))),
      new Promise((r) => setTimeout(r, 10_000)),
    ]);
    const diagrams = [...document.querySelectorAll<Diagram>(tags.join(','))];
    await Promise.all(diagrams.map((d) => d.layoutComplete));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return {
      lang: document.documentElement.lang,
      diagrams: diagrams.map((d) => {
        const root = d.shadowRoot;
        return {
          tag: d.localName,
          id: d.id,
          defined: customElements.get(d.localName) !== undefined,
          // Its id is its own (deep links `#<id>:step=3` and the tests find it by id).
          ownsId: document.getElementById(d.id) === d,
          error: root?.querySelector('[part~="error"]')?.textContent?.trim() ?? null,
          components: [...(root?.querySelectorAll('[data-component]') ?? [])].map((c) => ({
            id: c.getAttribute('data-component') ?? '',
            kind: c.getAttribute('data-kind') ?? '',
            // The component's description: its own <desc>, or the one its aria-describedby names.
            description:
              c.querySelector(':scope > desc')?.textContent ??
              root?.getElementById(c.getAttribute('aria-describedby') ?? '')?.textContent ??
              null,
            title: root?.querySelector(`[data-title-of="${CSS.escape(c.getAttribute('data-component') ?? '')}"] .title`)?.textContent ?? null,
          })),
          name: root?.querySelector('[part~="diagram"]')?.getAttribute('aria-label') ?? null,
          legend: root?.querySelector('[part~="legend"] summary')?.textContent?.trim() ?? null,
          dark: root?.querySelector('.frame')?.classList.contains('dark') ?? false,
        };
      }),
      icons: [...document.querySelectorAll('k8s-icon')].map((i) => ({
        name: i.getAttribute('name'),
        // React (Storybook's MDX) sets `size` as a property, plain HTML and Vue as an attribute.
        size: i.getAttribute('size') ?? (i as HTMLElement & { size?: unknown }).size?.toString() ?? null,
        label: i.getAttribute('label') ?? (i as HTMLElement & { label?: string | null }).label ?? null,
        accessibleName: i.getAttribute('aria-label'),
        drawn: i.shadowRoot?.querySelector('svg[part~="icon"]') != null,
      })),
    };
  }, [...DIAGRAM_TAGS]);
}

/**
 * Every figure and icon upgraded and drew what it must, in the page's language: kinds,
 * descriptions (`[data-component] desc`), group titles, the legend, the icons' names.
 */
export function checkDrawnInLanguage(drawn: Awaited<ReturnType<typeof readPage>>, lang: Lang): void {
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  assert.deepEqual(
    drawn.diagrams.map((d) => `${d.tag}#${d.id}`),
    FIGURES.map((f) => `${f.tag}#${f.id}`),
    'the six figures of the seed page, in order',
  );
  for (const [i, d] of drawn.diagrams.entries()) {
    const figure = FIGURES[i]!;
    const where = `<${d.tag} id="${d.id}">`;
    assert.ok(d.defined, `${where} is defined`);
    assert.ok(d.ownsId, `${where}: another element of the page has the id “${d.id}” (a heading?)`);
    assert.equal(d.error, null, `${where} shows an error: ${d.error}`);
    const kinds = new Set(d.components.map((c) => c.kind));
    for (const kind of figure.kinds) assert.ok(kinds.has(kind), `${where} draws a ${kind}`);
    for (const c of d.components) {
      const kind = c.kind as Kind;
      assert.ok(kind in CATALOG, `${where}: unknown kind ${kind}`);
      assert.equal(c.description, CATALOG[kind].description[lang], `${where} [data-component="${c.id}"] desc is in ${lang}`);
    }
    const expectedTitles = figureModel(figure)
      .components.filter((c) => isGroupKind(c.kind))
      .map((c) => [componentLabel(c, lang), componentLabel(c, other)] as const);
    const titles = d.components.filter((c) => c.title !== null).map((c) => c.title);
    for (const [title, otherTitle] of expectedTitles) {
      assert.ok(titles.includes(title), `${where} has the group title “${title}” (has ${titles.join(', ')})`);
      if (otherTitle !== title) assert.ok(!titles.includes(otherTitle), `${where} shows “${otherTitle}” (${other})`);
    }
    assert.equal(d.legend, lang === 'fr' ? 'Légende' : 'Legend', `${where} legend`);
    assert.ok(d.name && d.name.length > 0, `${where} has an accessible name`);
  }
  const cp = drawn.diagrams.find((d) => d.id === 'control-plane')!;
  assert.equal(
    cp.components.find((c) => c.kind === 'control-plane')?.title,
    lang === 'fr' ? 'Plan de contrôle' : 'Control plane',
    'the control-plane group title',
  );

  assert.deepEqual(
    drawn.icons.map((i) => `${i.name} ${i.size}`),
    ICONS.map((i) => `${i.name} ${i.size}`),
    'every icon of the seed page, in order',
  );
  for (const [i, icon] of drawn.icons.entries()) {
    assert.ok(icon.drawn, `<k8s-icon name="${icon.name}"> drew its SVG`);
    assert.equal(icon.label, ICONS[i]!.label[lang], `<k8s-icon name="${icon.name}"> label in ${lang}`);
    assert.equal(icon.accessibleName, ICONS[i]!.label[lang], `<k8s-icon name="${icon.name}"> accessible name`);
  }
}

/** Whether each diagram's shadow `.frame` has the class `dark`. */
export function framesDark(page: Page): Promise<boolean[]> {
  return page.evaluate(async (tags) => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return [...document.querySelectorAll(tags.join(','))].map((d) => d.shadowRoot?.querySelector('.frame')?.classList.contains('dark') ?? false);
  }, [...DIAGRAM_TAGS]);
}

export interface PlayerReport {
  scenarioError: string | null;
  steps: number;
  beats: number;
  stepIndex: number;
  stepEvents: number;
  ended: boolean;
  caption: string | null;
  controls: string;
}

/**
 * Steps a figure's scenario beat by beat with next() and reads the player: the number of
 * `k8s-step` events, `stepIndex`, the first caption, the controls' words. With `play`, then
 * rewinds and plays it at speed 4 until `k8s-end` (at most `timeout` ms).
 */
export async function drivePlayer(page: Page, id: string, options: { beats: number; play?: boolean; timeout?: number }): Promise<PlayerReport> {
  return page.evaluate(
    async ({ id, beats, play, timeout }) => {
      type Player = HTMLElement & {
        layoutComplete: Promise<void>;
        steps?: Array<{ beat: number }>;
        stepIndex?: number;
        next(): void;
        play(): void;
        reset(): void;
      };
      const el = document.getElementById(id) as Player;
      el.scrollIntoView({ block: 'center' });
      await el.layoutComplete;
      let scenarioError: string | null = null;
      el.addEventListener('k8s-error', (e) => {
        const detail = (e as CustomEvent<{ code: string; message: string }>).detail;
        scenarioError = `${detail.code}: ${detail.message}`;
      });
      // (No named functions in here: tsx would wrap them in a helper the page does not have.)
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const root = el.shadowRoot!;
      const controls = [...root.querySelectorAll('[part~="controls"] button, [part~="controls"] [aria-label], [part~="controls"] input')]
        .map((b) => `${b.getAttribute('aria-label') ?? ''} ${b.textContent?.trim() ?? ''}`.trim())
        .join(' | ');
      let stepEvents = 0;
      let ended = false;
      el.addEventListener('k8s-step', () => stepEvents++);
      el.addEventListener('k8s-end', () => (ended = true));
      let caption: string | null = null;
      if (typeof el.next === 'function') {
        for (let i = 0; i < beats; i++) {
          el.next();
          if (i === 0) {
            await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
            // Collapses runs of layout whitespace; French non-breaking spaces stay as they are.
            caption = root.querySelector('[part~="caption"]')?.textContent?.replace(/[ \t\n\r]+/g, ' ').trim() ?? null;
          }
        }
      }
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const report = {
        scenarioError,
        steps: el.steps?.length ?? 0,
        beats: el.steps?.length ? Math.max(...el.steps.map((s) => s.beat)) + 1 : 0,
        stepIndex: el.stepIndex ?? Number.NaN,
        stepEvents,
        ended,
        caption,
        controls,
      };
      if (play && typeof el.play === 'function') {
        el.reset();
        ended = false;
        el.setAttribute('speed', '4');
        const done = new Promise<boolean>((resolve) => {
          el.addEventListener('k8s-end', () => resolve(true), { once: true });
          setTimeout(() => resolve(false), timeout);
        });
        el.play();
        report.ended = await done;
      }
      return report;
    },
    { id, beats: options.beats, play: options.play ?? false, timeout: options.timeout ?? 20_000 },
  );
}

/** Checks a figure's player against the contract (ARCHITECTURE.md §2, “Player”), in the page's language. */
export function checkPlayer(report: PlayerReport, figure: Figure, lang: Lang, played: boolean): void {
  const where = `<${figure.tag} id="${figure.id}" scenario=…>`;
  const beats = beatCount(figure);
  assert.equal(report.scenarioError, null, `${where}: ${report.scenarioError}`);
  assert.equal(report.beats, beats, `${where} has the scenario's ${beats} beats (steps: ${report.steps})`);
  assert.equal(report.stepIndex, beats - 1, `${where} next() × ${beats} reaches the last beat`);
  assert.equal(report.stepEvents, beats, `${where} fired one k8s-step per beat`);
  assert.ok(report.caption?.includes(firstCaption(figure, lang)), `${where} first caption in ${lang}: “${report.caption}”`);
  const words = PLAYER_MESSAGES[lang];
  assert.ok(report.controls.includes(words.next), `${where} controls in ${lang} (“${words.next}”): ${report.controls}`);
  if (played) assert.ok(report.ended, `${where} play() at speed 4 reached k8s-end`);
}

/** Steps every figure's scenario to its last beat; the figure `played` (an id) also plays to k8s-end at speed 4. */
export async function checkEveryScenario(page: Page, lang: Lang, played?: string): Promise<void> {
  for (const figure of FIGURES) {
    const play = figure.id === played;
    checkPlayer(await drivePlayer(page, figure.id, { beats: beatCount(figure), play, timeout: 30_000 }), figure, lang, play);
  }
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (from the example's devDependencies) on the whole page, open shadow roots included. */
export async function runAxe(page: Page, axePath: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    type Axe = {
      run(
        context: Document,
        options: object,
      ): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }>;
    };
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
}

/** Fails with axe's findings on the whole page (open shadow roots included), if there are any. */
export async function assertAxeClean(page: Page, axePath: string, label = ''): Promise<void> {
  const violations = await runAxe(page, axePath);
  assert.equal(violations.length, 0, `${label}${formatViolations(violations)}`);
}
