import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html } from 'lit';
import { BACKED_PADDING, FAINTEST_TEXT } from '../src/styles/tokens.js';
import { settle, shadow, type AnyDiagram } from './helpers.js';

// The text outside the drawing (caption, controls, legend) against what is really behind
// it, computed from the browser's colours: the element's and its ancestors' backgrounds,
// across shadow roots, down to the first opaque one, else the page's canvas.

type Rgba = [number, number, number, number];

function rgba(value: string): Rgba {
  const match = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+))?\)/.exec(value);
  if (!match) throw new Error(`unexpected colour ${value}`);
  return [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
}

/** What the browser paints where no background is: the `Canvas` colour of the root's colour scheme. */
function canvas(): Rgba {
  const probe = document.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  document.documentElement.append(probe);
  const color = rgba(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return color;
}

function backdrop(element: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; ) {
    const color = rgba(getComputedStyle(node).backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] === 1) break;
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  let result = layers.at(-1)?.[3] === 1 ? layers.pop()! : canvas();
  for (const [r, g, b, a] of layers.reverse()) result = [r * a + result[0] * (1 - a), g * a + result[1] * (1 - a), b * a + result[2] * (1 - a), 1];
  return result;
}

function luminance([r, g, b]: Rgba): number {
  const [R, G, B] = [r, g, b].map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

function contrastOf(element: Element): number {
  const a = luminance(rgba(getComputedStyle(element).color));
  const b = luminance(backdrop(element));
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** Every piece of text outside the drawing that the reader must read (disabled buttons are exempt). */
function textsOutsideTheDrawing(el: AnyDiagram): Array<[string, Element]> {
  const root = shadow(el);
  const texts: Array<[string, Element]> = [
    ['caption', root.querySelector('[part~="caption"]')!],
    ['counter', root.querySelector('[part~="controls"] .counter')!],
    ['speed label', root.querySelector('[part~="controls"] .speed')!],
    ['speed menu', root.querySelector('[part~="controls"] select')!],
    ['legend summary', root.querySelector('[part~="legend"] summary')!],
    ['legend entry', root.querySelector('[part~="legend"] li')!],
  ];
  for (const button of root.querySelectorAll<HTMLButtonElement>('[part~="controls"] button, [part~="toolbar"] button'))
    if (!button.disabled) texts.push([`button ${button.getAttribute('aria-label')}`, button]);
  for (const [name, node] of texts) expect(node, name).to.not.equal(null);
  return texts;
}

async function mountPlayer(attributes: Record<string, string> = {}): Promise<AnyDiagram> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
  const el = document.createElement('k8s-cluster') as AnyDiagram;
  for (const [k, v] of Object.entries({ scenario: 'kubectl-apply', controls: '', ...attributes })) el.setAttribute(k, v);
  host.append(el);
  await settle(el);
  el.next();
  shadow(el).querySelector<HTMLDetailsElement>('[part~="legend"]')?.setAttribute('open', '');
  await el.updateComplete;
  return el;
}

const hex = (color: string) => `#${rgba(color).slice(0, 3).map((v) => v.toString(16).padStart(2, '0')).join('')}`;

function expectReadable(el: AnyDiagram, where: string): void {
  // What the element judges the backdrop with is what the stylesheet draws.
  const frame = shadow(el).querySelector('.frame')!;
  const counter = shadow(el).querySelector('[part~="controls"] .counter')!;
  expect(hex(getComputedStyle(counter).color), `${where}: faintest text`).to.equal(FAINTEST_TEXT[frame.classList.contains('dark') ? 'dark' : 'light']);
  expect(getComputedStyle(frame).paddingLeft).to.equal(frame.classList.contains('backed') ? `${BACKED_PADDING}px` : '0px');
  const low = textsOutsideTheDrawing(el)
    .map(([name, node]) => [name, Math.round(contrastOf(node) * 100) / 100] as const)
    .filter(([, ratio]) => ratio < 4.5);
  expect(low, `${where}: text under 4.5:1 (name, ratio)`).to.deep.equal([]);
}

const isDark = (el: AnyDiagram) => shadow(el).querySelector('.frame')!.classList.contains('dark');

describe('contrast of the text outside the drawing', () => {
  let pageStyle: HTMLStyleElement | undefined;
  const stylePage = (css: string) => {
    pageStyle = document.createElement('style');
    pageStyle.textContent = css;
    document.head.append(pageStyle);
  };

  afterEach(async () => {
    pageStyle?.remove();
    pageStyle = undefined;
    document.documentElement.classList.remove('dark');
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.style.removeProperty('color-scheme');
    await emulateMedia({ colorScheme: 'light' });
  });

  it('a white page with no dark styles, the system in dark mode: the diagram stays light and readable', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    const el = await mountPlayer();
    expect(backdrop(el)).to.deep.equal([255, 255, 255, 1], 'the page is white');
    expectReadable(el, 'white page, dark system');
    expect(isDark(el), 'a default canvas is light').to.equal(false);
  });

  it('a dark page, the system in light mode: the diagram turns dark and stays readable', async () => {
    stylePage('body { background: #1b1b1f; color: #dfdfd6; }');
    const el = await mountPlayer();
    expect(isDark(el)).to.equal(true);
    expectReadable(el, 'dark page, light system');
  });

  it('a page that follows the system with color-scheme: light dark turns dark with it, and stays readable', async () => {
    document.documentElement.style.setProperty('color-scheme', 'light dark');
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mountPlayer();
    expect(isDark(el)).to.equal(true);
    expectReadable(el, 'color-scheme: light dark, dark system');
  });

  it('html.dark and data-theme="dark", with the page’s dark styles or without', async () => {
    stylePage('html.dark body, html[data-theme="dark"] body { background: #1b1b1f; }');
    document.documentElement.classList.add('dark');
    let el = await mountPlayer();
    expect(isDark(el)).to.equal(true);
    expectReadable(el, 'html.dark');
    document.documentElement.classList.remove('dark');
    document.documentElement.setAttribute('data-theme', 'dark');
    el = await mountPlayer();
    expect(isDark(el)).to.equal(true);
    expectReadable(el, 'data-theme="dark"');
    pageStyle!.remove();
    el = await mountPlayer();
    expect(isDark(el), 'the page says dark').to.equal(true);
    expectReadable(el, 'data-theme="dark" on a page without dark styles');
  });

  it('a forced theme against the page: theme="dark" on white, theme="light" on dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    let el = await mountPlayer({ theme: 'dark' });
    expect(isDark(el)).to.equal(true);
    expectReadable(el, 'theme="dark" on a white page');
    await emulateMedia({ colorScheme: 'light' });
    stylePage('body { background: #101418; }');
    el = await mountPlayer({ theme: 'light' });
    expect(isDark(el)).to.equal(false);
    expectReadable(el, 'theme="light" on a dark page');
  });

  it('a mid-grey page, where neither theme’s text reads on its own', async () => {
    stylePage('body { background: #777b84; }');
    for (const theme of ['auto', 'light', 'dark']) expectReadable(await mountPlayer({ theme }), `theme="${theme}" on grey`);
  });
});
