import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from '../../../test/support/static-server.js';
import { prerenderHtml } from '../src/index.js';

const OUT = '.test-results/prerender';
const FIGURES = 'k8s-cluster, k8s-control-plane, k8s-worker-node, container-stack';

describe('prerenderHtml', () => {
  let server: StaticServer;
  let browser: Browser;
  let source: string;
  let page: string;

  before(async () => {
    source = readFileSync('test/pages/prerender.html', 'utf8');
    const report = await prerenderHtml(source);
    assert.deepEqual(report.errors, []);
    assert.equal(report.rendered, 5);
    page = report.html;
    mkdirSync(OUT, { recursive: true });
    writeFileSync(`${OUT}/page.html`, page);
    writeFileSync(`${OUT}/changed.html`, (await prerenderHtml(readFileSync('test/pages/prerender-changed.html', 'utf8'))).html);
    server = await serveStatic(process.cwd());
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('only adds shadow roots: the rest of the page is kept byte for byte, and a second pass changes nothing', async () => {
    assert.equal(page.replace(/<template shadowrootmode="open">[^]*?<\/template>/g, '').replace(' role="img" aria-label="etcd"', ''), source);
    const again = await prerenderHtml(page);
    assert.equal(again.html, page);
    assert.equal(again.skipped, 5);
  });

  it('escapes author strings in the prerendered HTML', async () => {
    const { html } = await prerenderHtml('<k8s-icon name="etcd" label="&lt;script&gt;alert(1)&lt;/script&gt;"></k8s-icon>');
    assert.doesNotMatch(html, /<script>/);
  });

  it('shows every figure with its components when JavaScript is off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    await tab.goto(`${server.url}/${OUT}/page.html`);
    for (const id of ['cluster', 'ha', 'worker', 'stack']) {
      const components = await tab.locator(`#${id} [data-component]`).count();
      assert.ok(components > 5, `#${id}: ${components} components`);
      const box = await tab.locator(`#${id} svg`).first().boundingBox();
      assert.ok(box && box.height > 200, `#${id} is drawn`);
    }
    assert.equal(await tab.locator('#cluster [part~="diagram"]').getAttribute('aria-label'), 'Cluster Kubernetes');
    assert.equal(await tab.locator('#worker [part~="diagram"]').getAttribute('aria-label'), 'Kubernetes worker node');
    assert.equal(await tab.locator('k8s-icon').getAttribute('role'), 'img');
    await context.close();
  });

  it('with JavaScript on: keeps the shadow root, asks for no layout, does not shift, and becomes interactive', async () => {
    const tab = await browser.newPage();
    await tab.addInitScript('globalThis.__name = (f) => f');
    await tab.addInitScript(() => {
      const w = window as unknown as { shifts: number[]; roots: (ShadowRoot | null)[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
      document.addEventListener('DOMContentLoaded', () => {
        w.roots = [...document.querySelectorAll('k8s-cluster, k8s-control-plane, k8s-worker-node, container-stack')].map((e) => e.shadowRoot);
      });
    });
    const first = server.requests.length;
    await tab.goto(`${server.url}/${OUT}/page.html`);
    const result = await tab.evaluate(async (selector) => {
      const w = window as unknown as { shifts: number[]; roots: (ShadowRoot | null)[] };
      const elements = [...document.querySelectorAll(selector)] as Array<HTMLElement & { layoutComplete: Promise<void> }>;
      await Promise.all(elements.map(async (e) => (await customElements.whenDefined(e.localName), e.layoutComplete)));
      await new Promise((r) => setTimeout(r, 300));
      const cluster = elements[0]!.shadowRoot!;
      cluster.querySelector<HTMLElement>('[part~="diagram"]')!.focus();
      cluster.querySelector<HTMLElement>('[part~="diagram"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
      return {
        kept: elements.map((e, i) => w.roots[i] !== null && e.shadowRoot === w.roots[i]),
        prerenderedLeft: elements.map((e) => e.shadowRoot!.querySelectorAll('[data-prerendered]').length),
        frames: elements.map((e) => e.shadowRoot!.querySelectorAll('.frame').length),
        components: elements.map((e) => e.shadowRoot!.querySelectorAll('[data-component]').length),
        shifts: w.shifts,
        focused: cluster.activeElement?.getAttribute('data-component') ?? null,
      };
    }, FIGURES);
    const fetched = server.requests.slice(first);
    await tab.close();
    assert.deepEqual(result.kept, [true, true, true, true]);
    assert.deepEqual(result.prerenderedLeft, [0, 0, 0, 0]);
    assert.deepEqual(result.frames, [1, 1, 1, 1]);
    assert.ok(result.components.every((n) => n > 5));
    assert.deepEqual(result.shifts, [], 'no layout shift');
    assert.ok(result.focused, 'keyboard navigation works');
    assert.deepEqual(
      fetched.filter((path) => /elk\.worker|pipeline/.test(path)),
      [],
      'default figures are laid out from their presets: no layout worker, no pipeline',
    );
  });

  it('draws anew a prerendered figure whose attributes changed before it upgraded', async () => {
    const tab = await browser.newPage();
    await tab.goto(`${server.url}/${OUT}/changed.html`);
    const workers = await tab.evaluate(async () => {
      const el = document.getElementById('cluster') as HTMLElement & { layoutComplete: Promise<void> };
      await customElements.whenDefined('k8s-cluster');
      await el.layoutComplete;
      return [...el.shadowRoot!.querySelectorAll('[data-kind="node"]')].map((n) => n.getAttribute('data-component'));
    });
    await tab.close();
    assert.equal(workers.length, 3);
  });
});
