// The VitePress example (examples/vitepress): built with `vitepress build` (its server-side
// render imports our define modules in Node), served as static files, opened in Chromium.
// The seed page in French at /, in English at /en/. Reads the elements' dist/: `pnpm test`
// builds first.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { AXE_PATH, buildSite, DIST_DIR, serveSite } from '../../examples/vitepress/scripts/site.js';
import type { StaticServer } from '../support/static-server.js';
import { assertAxeClean, checkDrawnInLanguage, checkEveryScenario, FIGURES, framesDark, readPage } from './support.js';

describe('the seed page as a VitePress site', () => {
  let server: StaticServer;
  let browser: Browser;
  let buildOutput = '';

  before(async () => {
    buildOutput = buildSite();
    server = await serveSite();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string, errors: string[]): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/favicon/.test(m.location().url)) errors.push(`console: ${m.text()} (${m.location().url})`);
    });
    await page.goto(`${server.url}${path}`);
    return page;
  }

  it('builds statically, the elements imported in the theme as from npm, with no SSR error', () => {
    assert.match(buildOutput, /build complete/);
    assert.doesNotMatch(buildOutput, /customElements is not defined|HTMLElement is not defined|document is not defined/);
    // The server render wrote our tags as they are, and each locale's <html lang>.
    const fr = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    const en = readFileSync(join(DIST_DIR, 'en', 'index.html'), 'utf8');
    assert.match(fr, /<html lang="fr-FR"/);
    assert.match(en, /<html lang="en-US"/);
    for (const html of [fr, en]) {
      assert.match(html, /<k8s-cluster id="cluster" pods="0" scenario="kubectl-apply" controls/);
      assert.match(html, /<container-stack id="container-stack" scenario="crictl-run" controls/);
      assert.doesNotMatch(html, /\[object Object\]/, 'the Scenario object is bound as a property, never rendered as an attribute');
      // buildEnd prerendered the figures: each is in the HTML as declarative shadow DOM.
      assert.match(html, /<k8s-cluster id="cluster"[^>]*><template shadowrootmode="open"><style>/);
      assert.match(html, /<container-stack id="container-stack"[^>]*><template shadowrootmode="open">/);
    }
  });

  for (const { lang, path, htmlLang, title } of [
    { lang: 'fr', path: '/', htmlLang: 'fr-FR', title: 'L’architecture de Kubernetes' },
    { lang: 'en', path: '/en/', htmlLang: 'en-US', title: 'Kubernetes architecture' },
  ] as const) {
    it(`${path}: every figure and icon upgrades and draws, in ${lang} (<html lang="${htmlLang}">)`, async () => {
      const errors: string[] = [];
      const page = await open(path, errors);
      const drawn = await readPage(page);
      assert.equal(drawn.lang, htmlLang);
      assert.equal((await page.locator('h1').textContent())?.replace(/\u200b/g, '').trim(), title);
      checkDrawnInLanguage(drawn, lang);
      await page.close();
      assert.deepEqual(errors, []);
    });

    it(`${path}: every scenario steps to its last beat, and one plays to k8s-end`, async () => {
      const errors: string[] = [];
      const page = await open(path, errors);
      await readPage(page);
      // One full play at speed 4 (the control plane's 13 beats: about 6 s); the others step.
      await checkEveryScenario(page, lang, 'control-plane');
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

  it('switching to English with the site’s own link (client-side navigation) draws the English figures', async () => {
    const errors: string[] = [];
    const page = await open('/', errors);
    await readPage(page);
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('.VPNavBarTranslations a[href="/en/"]')!.click());
    await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('Kubernetes architecture'));
    const drawn = await readPage(page);
    assert.equal(drawn.lang, 'en-US');
    checkDrawnInLanguage(drawn, 'en');
    await page.close();
    assert.deepEqual(errors, []);
  });

  it('the diagrams follow VitePress’s dark-mode switch (html.dark), both ways, and axe passes in dark', async () => {
    const errors: string[] = [];
    const page = await open('/', errors);
    await readPage(page);
    assert.deepEqual(await framesDark(page), FIGURES.map(() => false), 'light to begin with');
    await page.locator('.VPNavBarAppearance .VPSwitchAppearance').click();
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('dark')), true, 'the switch set html.dark');
    assert.deepEqual(await framesDark(page), FIGURES.map(() => true), 'every .frame is dark');
    await page.locator('.VPNavBarAppearance .VPSwitchAppearance').click();
    assert.deepEqual(await framesDark(page), FIGURES.map(() => false), 'light again');
    // VitePress remembers the choice: the English page opens dark, and so do its diagrams.
    await page.locator('.VPNavBarAppearance .VPSwitchAppearance').click();
    await page.goto(`${server.url}/en/`);
    const drawn = await readPage(page);
    assert.equal(drawn.lang, 'en-US');
    assert.deepEqual(drawn.diagrams.map((d) => d.dark), FIGURES.map(() => true), 'dark on /en/ too');
    await assertAxeClean(page, AXE_PATH, 'dark: ');
    await page.close();
    assert.deepEqual(errors, []);
  });
});
