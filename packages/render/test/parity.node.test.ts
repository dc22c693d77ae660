import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { CLUSTER, CONTAINER_STACK, CONTROL_PLANE, WORKER_NODE, type Configuration } from '../../../stories/configurations.js';
import { serveStatic, type StaticServer } from '../../../test/support/static-server.js';
import { renderSvg } from '../src/index.js';

/** A configuration as the HTML a doc author writes. */
export function htmlOf(c: Configuration): string {
  const attrs = (a: Record<string, string>) => Object.entries(a).map(([k, v]) => ` ${k}="${v}"`).join('');
  const children = (c.children ?? []).map((child) => `<${child.tag}${attrs(child.attributes)}></${child.tag}>`).join('');
  return `<${c.tag}${attrs(c.attributes)}>${children}</${c.tag}>`;
}

interface Drawn {
  name: string;
  components: Record<string, { transform: string; label: string }>;
  edges: Record<string, string>;
}

/** What the element draws, and what the Node SVG holds, read the same way in the page. */
async function compare(page: Page, configuration: Configuration, svg: string): Promise<{ element: Drawn; file: Drawn }> {
  return page.evaluate(
    async ({ configuration, svg }) => {
      const read = (root: ParentNode, name: string) => {
        const components: Record<string, { transform: string; label: string }> = {};
        for (const g of root.querySelectorAll('g[data-component]'))
          components[g.getAttribute('data-component')!] = { transform: g.getAttribute('transform') ?? '', label: g.getAttribute('aria-label') ?? '' };
        const edges: Record<string, string> = {};
        for (const g of root.querySelectorAll('g[data-edge]')) edges[g.getAttribute('data-edge')!] = g.querySelector('path')!.getAttribute('d')!;
        return { name, components, edges };
      };
      const host = document.createElement('div');
      host.style.width = '4000px';
      const create = (tag: string, attributes: Record<string, string>) => {
        const node = document.createElement(tag);
        for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
        return node;
      };
      const el = create(configuration.tag, configuration.attributes) as HTMLElement & { layoutComplete: Promise<void> };
      for (const child of configuration.children ?? []) el.append(create(child.tag, child.attributes));
      host.append(el);
      document.body.replaceChildren(host);
      await customElements.whenDefined(el.localName);
      await el.layoutComplete;
      const root = el.shadowRoot!;
      const element = read(root, root.querySelector('[part~="diagram"]')!.getAttribute('aria-label')!);
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const file = read(doc, doc.querySelector('svg > title')!.textContent);
      return { element, file };
    },
    { configuration, svg },
  );
}

const numbers = (text: string) => [...text.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));

function assertClose(a: string, b: string, what: string) {
  const x = numbers(a);
  const y = numbers(b);
  assert.equal(x.length, y.length, `${what}: ${a} vs ${b}`);
  x.forEach((v, i) => assert.ok(Math.abs(v - y[i]!) <= 0.5, `${what}: ${a} vs ${b}`));
}

describe('renderSvg draws what the element draws', () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  before(async () => {
    server = await serveStatic(process.cwd());
    browser = await launchChromium();
    page = await browser.newPage();
    // tsx keeps function names with a helper the page does not have.
    await page.addInitScript('globalThis.__name = (f) => f');
    await page.goto(`${server.url}/test/pages/empty.html`);
    // Snapshot figures fetch `src` relative to the page: make the page's URL the repository's root, where Node reads them.
    await page.evaluate(() => history.replaceState(null, '', '/'));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const configuration of [...CLUSTER, ...CONTROL_PLANE, ...WORKER_NODE, ...CONTAINER_STACK]) {
    const html = htmlOf(configuration);
    it(`${html.slice(0, 90)}: same components, edges, positions (±0.5 px) and accessible name`, async () => {
      const svg = await renderSvg(html);
      const { element, file } = await compare(page, configuration, svg);
      assert.equal(file.name, element.name);
      assert.deepEqual(Object.keys(file.components).sort(), Object.keys(element.components).sort());
      assert.deepEqual(Object.keys(file.edges).sort(), Object.keys(element.edges).sort());
      assert.ok(Object.keys(file.components).length > 0);
      for (const [id, c] of Object.entries(element.components)) {
        assertClose(file.components[id]!.transform, c.transform, id);
        assert.equal(file.components[id]!.label, c.label, id);
      }
      for (const [id, d] of Object.entries(element.edges)) assertClose(file.edges[id]!, d, id);
    });
  }
});
