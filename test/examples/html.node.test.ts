// The plain HTML example (examples/html): the seed page with nothing but the self-contained
// bundle, no build step. Served from the repository's root as files, opened in Chromium.
// Reads packages/elements/dist/: `pnpm test` builds first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { AXE_PATH } from '../../examples/vitepress/scripts/site.js';
import { serveStatic, type StaticServer } from '../support/static-server.js';
import { assertAxeClean, checkDrawnInLanguage, checkEveryScenario, FIGURES, framesDark, readPage } from './support.js';

describe('the seed page as plain HTML with the bundle', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    server = await serveStatic(process.cwd());
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, errors: string[], colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, colorScheme });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/favicon/.test(m.location().url)) errors.push(`console: ${m.text()} (${m.location().url})`);
    });
    await page.goto(`${server.url}${path}`);
    return page;
  }

  for (const { lang, path, other } of [
    { lang: 'fr', path: '/examples/html/index.html', other: 'en.html' },
    { lang: 'en', path: '/examples/html/en.html', other: 'index.html' },
  ] as const) {
    it(`${path}: every figure and icon upgrades and draws, in ${lang}, from the bundle alone`, async () => {
      const errors: string[] = [];
      const first = server.requests.length;
      const page = await open(path, errors);
      const drawn = await readPage(page);
      assert.equal(drawn.lang, lang);
      checkDrawnInLanguage(drawn, lang);
      assert.equal(await page.locator('header a').getAttribute('href'), other, 'links to its twin');
      await page.close();
      assert.deepEqual(errors, []);
      // Scripts: the bundle and its siblings, and the page's own scenario module; nothing else.
      const scripts = server.requests.slice(first).filter((p) => p.endsWith('.js'));
      assert.ok(scripts.includes('/packages/elements/dist/k8s-diagrams.bundle.js'), scripts.join(', '));
      for (const p of scripts) assert.match(p, /^\/packages\/elements\/dist\/|^\/examples\/shared\//, `fetched ${p}`);
    });

    it(`${path}: every scenario steps to its last beat, and one plays to k8s-end`, async () => {
      const errors: string[] = [];
      const page = await open(path, errors);
      await readPage(page);
      await checkEveryScenario(page, lang, 'ha-control-plane');
      await page.close();
      assert.deepEqual(errors, []);
    });

    it(`${path}: axe finds no violation, open shadow roots included`, async () => {
      const errors: string[] = [];
      const page = await open(path, errors);
      await readPage(page);
      await assertAxeClean(page, AXE_PATH);
      await page.close();
    });
  }

  it('the diagrams follow the system’s dark mode (the page declares color-scheme: light dark), and axe passes in dark', async () => {
    const errors: string[] = [];
    const page = await open('/examples/html/index.html', errors, 'dark');
    await readPage(page);
    assert.deepEqual(await framesDark(page), FIGURES.map(() => true));
    await assertAxeClean(page, AXE_PATH, 'dark: ');
    await page.emulateMedia({ colorScheme: 'light' });
    assert.deepEqual(await framesDark(page), FIGURES.map(() => false));
    await page.close();
    assert.deepEqual(errors, []);
  });
});
