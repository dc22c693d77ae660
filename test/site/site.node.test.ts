// The docs site (site/): built once with `vitepress build`, served as static files, opened in
// one Chromium. Each element page has a live figure and API tables whose rows are the
// manifest's public API; the gallery plays every built-in to its end; the live editor draws
// valid JSON and lists errors for invalid; local search finds the seed pages; axe finds nothing
// serious on any page.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { BUILTIN_SCENARIO_IDS } from '@k8s-diagrams/core';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { declarationOf, publicManifest, type Manifest } from '../../.storybook/public-api.js';
import { serveStatic, type StaticServer } from '../support/static-server.js';
import { runAxe } from '../examples/support.js';

const SITE = fileURLToPath(new URL('../../site/', import.meta.url));
const DIST = join(SITE, '.vitepress', 'dist');
const require = createRequire(join(SITE, 'package.json'));
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const ELEMENTS = ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node', 'container-stack', 'k8s-icon'];
const PAGES = ['/', '/guide/getting-started', '/guide/own-scenario', '/guide/model', '/guide/theming', '/guide/accessibility', '/guide/performance', '/guide/bad-input', '/scenarios', '/seed/', '/seed/en/', ...ELEMENTS.map((t) => `/elements/${t}`)];

describe('the docs site', () => {
  let server: StaticServer;
  let browser: Browser;
  let output = '';

  before(async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.NODE_OPTIONS;
    const bin = join(dirname(require.resolve('vitepress/package.json')), 'bin', 'vitepress.js');
    const r = spawnSync(process.execPath, [bin, 'build'], { cwd: SITE, env, encoding: 'utf8' });
    output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
    if (r.status !== 0) throw new Error(`vitepress build failed:\n${output}`);
    server = await serveStatic(DIST);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, errors: string[]): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (req) => {
      if (!req.url().startsWith(server.url) && !req.url().startsWith('data:')) errors.push(`fetched ${req.url()}`);
    });
    await page.goto(`${server.url}${path}`);
    await page.evaluate(async () => {
      const tags = ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node', 'container-stack', 'k8s-icon'];
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      await Promise.all([...document.querySelectorAll(tags.slice(0, 4).join(','))].map((d) => (d as HTMLElement & { layoutComplete: Promise<void> }).layoutComplete));
    });
    return page;
  }

  it('builds with no SSR error, and every page exists', () => {
    assert.match(output, /build complete/);
    assert.doesNotMatch(output, /customElements is not defined|HTMLElement is not defined|document is not defined/);
    for (const path of PAGES) readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : `${path}.html`), 'utf8');
  });

  it('has local search: its index is built, and "kubelet" finds the seed pages in both languages', async () => {
    const chunks = readdirSync(join(DIST, 'assets', 'chunks'));
    assert.ok(chunks.some((f) => f.startsWith('@localSearchIndexroot.')), 'the local search index is built');
    const errors: string[] = [];
    const page = await open('/seed/', errors);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.VPLocalSearchBox input').fill('kubelet');
    const results = page.locator('.VPLocalSearchBox a.result');
    await results.first().waitFor({ timeout: 15_000 });
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    assert.ok(hrefs.some((h) => h.startsWith('/seed/en/')), hrefs.join());
    assert.ok(hrefs.some((h) => h.startsWith('/seed/#')), hrefs.join());
    await page.close();
    assert.deepEqual(errors, []);
  });

  const manifest = JSON.parse(readFileSync(new URL('../../packages/elements/custom-elements.json', import.meta.url), 'utf8')) as Manifest;
  for (const tag of ELEMENTS) {
    it(`/elements/${tag}: a live figure, drawn, and API tables whose rows are the manifest's public API`, async () => {
      const errors: string[] = [];
      const page = await open(`/elements/${tag}`, errors);
      const drawn = await page.evaluate((tag) => {
        const el = document.querySelector('.vp-doc ' + tag)!;
        const root = el.shadowRoot!;
        return {
          error: root.querySelector('[part~="error"]')?.textContent ?? null,
          drawn: tag === 'k8s-icon' ? root.querySelector('svg[part~="icon"]') !== null : root.querySelectorAll('[data-component]').length > 0,
          rows: Object.fromEntries(
            [...document.querySelectorAll('[data-api-section]')].map((s) => [s.getAttribute('data-api-section'), [...s.querySelectorAll('[data-api-row]')].map((r) => r.getAttribute('data-api-row'))]),
          ),
        };
      }, tag);
      assert.equal(drawn.error, null);
      assert.ok(drawn.drawn, `<${tag}> drew`);
      const d = declarationOf(publicManifest(manifest), tag);
      const expected: Record<string, string[]> = {
        attributes: (d.attributes ?? []).map((a) => a.name),
        properties: (d.members ?? []).filter((m) => m.kind === 'field').map((m) => m.name),
        methods: (d.members ?? []).filter((m) => m.kind === 'method').map((m) => `${m.name}()`),
        events: (d.events ?? []).filter((e) => e.name).map((e) => e.name),
        slots: (d.slots ?? []).map((s) => (s.name === '' ? '(default)' : s.name)),
        parts: (d.cssParts ?? []).map((p) => p.name),
        'css-properties': (d.cssProperties ?? []).map((p) => p.name),
      };
      for (const key of Object.keys(expected)) if (expected[key]!.length === 0) delete expected[key];
      assert.deepEqual(drawn.rows, expected);
      assert.ok(!JSON.stringify(drawn.rows).match(/modelKey|cycleOpen|"player"/), 'no private member');
      await page.close();
      assert.deepEqual(errors, []);
    });
  }

  it('the gallery lists every built-in and plays each one to its end (k8s-end)', async () => {
    const errors: string[] = [];
    const page = await open('/scenarios', errors);
    const result = await page.evaluate(async () => {
      type Player = HTMLElement & { layoutComplete: Promise<void>; steps?: Array<{ beat: number }>; next(): void };
      const out: Record<string, { ended: boolean; error: string | null }> = {};
      for (const fig of document.querySelectorAll<HTMLElement>('[data-scenario]')) {
        const el = fig.querySelector<Player>('[scenario]')!;
        el.scrollIntoView({ block: 'center' });
        await el.layoutComplete;
        let error: string | null = null;
        el.addEventListener('k8s-error', (e) => (error = (e as CustomEvent<{ message: string }>).detail.message));
        const t0 = Date.now();
        while (!el.steps?.length && Date.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 50));
        const beats = el.steps?.length ? Math.max(...el.steps.map((s) => s.beat)) + 1 : 0;
        let ended = false;
        el.addEventListener('k8s-end', () => (ended = true));
        for (let i = 0; i < beats; i++) el.next();
        await new Promise((r) => setTimeout(r, 50));
        out[fig.dataset.scenario!] = { ended: ended && beats > 0, error };
      }
      return out;
    });
    assert.deepEqual(Object.keys(result).sort(), [...BUILTIN_SCENARIO_IDS].sort());
    for (const [id, r] of Object.entries(result)) {
      assert.equal(r.error, null, id);
      assert.ok(r.ended, `${id} reached its end`);
    }
    // fr/en: the toggle puts every figure in French.
    await page.getByRole('button', { name: 'Français' }).click();
    const langs = await page.evaluate(() => [...document.querySelectorAll('[data-scenario] [scenario]')].map((e) => e.getAttribute('lang')));
    assert.ok(langs.every((l) => l === 'fr'), langs.join());
    await page.close();
    assert.deepEqual(errors, []);
  });

  it('the live editor draws valid JSON and lists the errors of invalid input as text', async () => {
    const errors: string[] = [];
    const page = await open('/guide/model', errors);
    const status = page.locator('[data-editor="model-editor"] [role="status"]');
    await assert.doesNotReject(status.filter({ hasText: 'Drawn: no errors.' }).waitFor({ timeout: 15_000 }));
    const components = await page.evaluate(() => document.getElementById('model-editor')!.shadowRoot!.querySelectorAll('[data-component]').length);
    assert.equal(components, 6);
    const textarea = page.locator('#model-editor-json');
    await textarea.fill('{ "components": [{ "id": "x", "kind": "<b>nope</b>" }], "edges": [] }');
    const list = page.locator('[data-editor="model-editor"] .live-editor-errors li');
    await list.first().waitFor({ timeout: 15_000 });
    assert.match((await list.first().textContent()) ?? '', /invalid-model/);
    assert.equal(await page.locator('[data-editor="model-editor"] .live-editor-errors b').count(), 0, 'author text is never markup');
    await textarea.fill('{ not json');
    await list.filter({ hasText: 'invalid-json' }).waitFor({ timeout: 15_000 });
    await page.close();
    assert.deepEqual(errors, []);
  });

  it('axe finds no serious or critical violation on any page', async () => {
    const found: string[] = [];
    for (const path of PAGES) {
      const errors: string[] = [];
      const page = await open(path, errors);
      const violations = (await runAxe(page, AXE_PATH)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      for (const v of violations) found.push(`${path}: ${v.id} (${v.impact}) ${v.help} ${v.nodes.join(' ')}`);
      for (const e of errors) found.push(`${path}: ${e}`);
      await page.close();
    }
    assert.deepEqual(found, []);
  });
});
