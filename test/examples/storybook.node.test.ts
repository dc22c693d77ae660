// The built Storybook (the project's own .storybook config, what `pnpm start` serves), served as
// static files and opened in Chromium: the seed page (stories/seed-page.fr.mdx and .en.mdx, the
// elements from their sources), the API tables (every story's argTypes, as Storybook computed
// them: no private member of the manifest), the Playground and the branded manager.
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
import { declarationOf, isPublicMember, type Manifest } from '../../.storybook/public-api.js';

const manifest = JSON.parse(readFileSync('packages/elements/custom-elements.json', 'utf8')) as Manifest;
const TAGS = ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node', 'container-stack', 'k8s-icon'];
const publicNames = new Set(
  TAGS.flatMap((t) => {
    const d = declarationOf(manifest, t);
    return [...(d.attributes ?? []).map((a) => a.name), ...(d.members ?? []).filter(isPublicMember).map((m) => m.name)];
  }),
);
/** Every private, protected or static member the manifest lists for an element (and public nowhere). */
const INTERNALS = new Set(TAGS.flatMap((t) => (declarationOf(manifest, t).members ?? []).filter((m) => !isPublicMember(m)).map((m) => m.name)).filter((n) => !publicNames.has(n)));

interface ExtractedArgType {
  name?: string;
  control?: { type?: string; disable?: boolean } | false;
  options?: unknown[];
  table?: { category?: string; disable?: boolean };
}
type Extracted = Record<string, { title: string; name: string; component?: string; args: Record<string, unknown>; argTypes: Record<string, ExtractedArgType> }>;

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

  it('no story shows a private member in its API table, and the elements have real controls', async () => {
    assert.ok(INTERNALS.has('modelKey') && INTERNALS.has('cycleOpen') && INTERNALS.has('player'), 'the manifest marks internals private');
    const page = await browser.newPage();
    await page.goto(`${server.url}/iframe.html?id=elements-k8s-cluster--default&viewMode=story`);
    await page.waitForFunction(() => (window as unknown as { __STORYBOOK_PREVIEW__?: { storyStoreValue?: unknown } }).__STORYBOOK_PREVIEW__?.storyStoreValue, undefined, { timeout: 30_000 });
    const stories = await page.evaluate(async () => {
      const preview = (window as unknown as { __STORYBOOK_PREVIEW__: { extract(): Promise<Record<string, Record<string, unknown>>> } }).__STORYBOOK_PREVIEW__;
      const all = await preview.extract();
      // Only what can cross into Node: names, controls, options, categories.
      return JSON.parse(JSON.stringify(all, (key, value: unknown) => (typeof value === 'function' ? undefined : value))) as unknown;
    }) as Extracted;
    await page.close();
    const ids = Object.keys(stories);
    assert.ok(ids.length >= 50, `${ids.length} stories`);
    for (const [id, story] of Object.entries(stories)) {
      for (const [key, argType] of Object.entries(story.argTypes)) {
        if (argType.table?.disable) continue;
        assert.ok(!INTERNALS.has(key) && !INTERNALS.has(argType.name ?? ''), `${id} shows the internal member ${key}`);
      }
    }
    const cluster = stories['elements-k8s-cluster--default']!;
    assert.equal(cluster.component, 'k8s-cluster');
    const controlType = (a?: ExtractedArgType) => (a?.control ? a.control.type : a?.control);
    assert.equal(controlType(cluster.argTypes.runtime), 'select');
    assert.deepEqual(cluster.argTypes.runtime?.options, ['containerd', 'cri-o', 'cri-dockerd']);
    assert.equal(controlType(cluster.argTypes.workers), 'range');
    assert.equal(controlType(cluster.argTypes.controls), 'boolean');
    assert.equal(cluster.args.workers, 2, 'controls start at the documented default');
    for (const name of ['k8s-step', '::part(controls)']) assert.ok(cluster.argTypes[name], `${name} documented`);
  });

  it('the Playground has every attribute of every element, each with a control', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/iframe.html?id=playground--playground&viewMode=story`);
    await page.waitForSelector('k8s-icon', { timeout: 30_000 });
    const playground = (await page.evaluate(async () => {
      const preview = (window as unknown as { __STORYBOOK_PREVIEW__: { extract(): Promise<Record<string, unknown>> } }).__STORYBOOK_PREVIEW__;
      const all = await preview.extract();
      return JSON.parse(JSON.stringify(all['playground--playground'], (key, value: unknown) => (typeof value === 'function' ? undefined : value))) as unknown;
    })) as Extracted[string];
    const tags = await page.$$eval('.playground-element > :last-child', (els) => els.map((e) => e.localName));
    await page.close();
    assert.deepEqual(tags.sort(), [...TAGS].sort());
    for (const tag of TAGS) {
      const shown = Object.values(playground.argTypes).filter((a) => a.table?.category === `<${tag}>`);
      const attributes = (declarationOf(manifest, tag).attributes ?? []).map((a) => a.name);
      assert.deepEqual(shown.map((a) => a.name).sort(), [...attributes].sort(), `<${tag}> in the Playground`);
      for (const a of shown) assert.ok(a.control && a.control.type, `<${tag} ${a.name}> has no control`);
    }
  });

  it('the manager is branded: the title in the tab, the logo, no onboarding checklist', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${server.url}/?path=/story/elements-k8s-cluster--default`);
    await page.waitForSelector('img[alt="k8s-diagrams"]', { timeout: 30_000 });
    await page.waitForFunction(() => document.title.includes('Default'));
    assert.match(await page.title(), /⋅ k8s-diagrams$/);
    assert.equal(await page.getByText('Get started', { exact: false }).count(), 0);
    assert.equal(await page.getByLabel('Onboarding guide', { exact: false }).count(), 0);
    const logo = await page.evaluate(async () => (await fetch(document.querySelector<HTMLImageElement>('img[alt="k8s-diagrams"]')!.src)).status);
    assert.equal(logo, 200);
    await page.close();
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
