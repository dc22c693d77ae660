// The seed page in Storybook (stories/seed-page.fr.mdx and .en.mdx): built with the project's
// own .storybook config (what `pnpm start` serves), served as static files, each docs page
// opened in Chromium. The MDX pages import the elements from their sources.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { AXE_PATH } from '../../examples/vitepress/scripts/site.js';
import { serveStatic, type StaticServer } from '../support/static-server.js';
import { assertAxeClean, checkDrawnInLanguage, checkEveryScenario, readPage } from './support.js';

const PAGES = [
  { id: 'guides-l-architecture-de-kubernetes--docs', title: "Guides/L'architecture de Kubernetes", lang: 'fr' },
  { id: 'guides-kubernetes-architecture--docs', title: 'Guides/Kubernetes architecture', lang: 'en' },
] as const;

describe('the seed page in Storybook', () => {
  let out: string;
  let server: StaticServer;
  let browser: Browser;
  let index: { entries: Record<string, { type: string; title: string; importPath: string }> };

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'k8s-diagrams-storybook-'));
    const bin = join(process.cwd(), 'node_modules', 'storybook', 'dist', 'bin', 'dispatcher.js');
    const env: NodeJS.ProcessEnv = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };
    delete env.NODE_OPTIONS;
    const built = spawnSync(process.execPath, [bin, 'build', '--quiet', '-o', out], { env, encoding: 'utf8' });
    assert.equal(built.status, 0, `storybook build failed:\n${built.stdout}${built.stderr}`);
    index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as typeof index;
    server = await serveStatic(out);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('indexes both MDX pages as docs (.storybook/main.ts lists ../stories/**/*.mdx)', () => {
    for (const { id, title } of PAGES) {
      const entry = index.entries[id];
      assert.ok(entry, `Storybook does not index ${id}: add '../stories/**/*.mdx' to the stories of .storybook/main.ts`);
      assert.equal(entry.type, 'docs');
      assert.equal(entry.title, title);
    }
  });

  for (const { id, lang } of PAGES) {
    it(`${id}: every figure and icon draws in ${lang}, every scenario steps to its end, axe finds nothing`, async () => {
      assert.ok(index.entries[id], `Storybook does not index ${id}`);
      const errors: string[] = [];
      const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}/iframe.html?viewMode=docs&id=${id}`);
      await page.waitForSelector('k8s-cluster', { timeout: 30_000 });
      checkDrawnInLanguage(await readPage(page), lang);
      await checkEveryScenario(page, lang);
      await assertAxeClean(page, AXE_PATH);
      await page.close();
      assert.deepEqual(errors, []);
    });
  }
});
