import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RENDERABLE_TAGS } from '../src/input.js';
import { k8sDiagramsVitePress } from '../src/vitepress.js';

describe('the VitePress helper', () => {
  let outDir = '';
  before(() => {
    outDir = mkdtempSync(join(tmpdir(), 'k8s-diagrams-vitepress-'));
  });
  after(() => rmSync(outDir, { recursive: true, force: true }));

  it('tells Vue that our five tags are custom elements, and no other tag', () => {
    const { isCustomElement } = k8sDiagramsVitePress().vue.template.compilerOptions;
    assert.deepEqual([...RENDERABLE_TAGS], ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node', 'container-stack', 'k8s-icon']);
    for (const tag of RENDERABLE_TAGS) assert.equal(isCustomElement(tag), true, tag);
    for (const tag of ['div', 'svg', 'Badge', 'VPButton', 'router-link', 'container-stacks', 'my-k8s-cluster', 'k8s', 'ApiTable']) assert.equal(isCustomElement(tag), false, tag);
  });

  it('buildEnd prerenders the figures of every built page in outDir, in each page’s language, and leaves the others alone', async () => {
    mkdirSync(join(outDir, 'en'));
    const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head></head><body>${body}</body></html>`;
    writeFileSync(join(outDir, 'index.html'), page('fr-FR', '<k8s-worker-node></k8s-worker-node><k8s-icon name="kubelet"></k8s-icon>'));
    writeFileSync(join(outDir, 'en', 'index.html'), page('en-US', '<k8s-worker-node></k8s-worker-node>'));
    const plain = page('en-US', '<p>No figure.</p>');
    writeFileSync(join(outDir, '404.html'), plain);
    const logs: string[] = [];
    const log = console.log;
    console.log = (text: string) => logs.push(text);
    try {
      await k8sDiagramsVitePress().buildEnd({ outDir });
    } finally {
      console.log = log;
    }
    const fr = readFileSync(join(outDir, 'index.html'), 'utf8');
    assert.match(fr, /<k8s-worker-node><template shadowrootmode="open"><style>/);
    assert.match(fr, /aria-label="Nœud worker Kubernetes"/);
    assert.match(fr, /<k8s-icon name="kubelet"[^>]*><template shadowrootmode="open">/);
    assert.match(readFileSync(join(outDir, 'en', 'index.html'), 'utf8'), /aria-label="Kubernetes worker node"/);
    assert.equal(readFileSync(join(outDir, '404.html'), 'utf8'), plain);
    assert.deepEqual(logs, ['k8s-diagrams: prerendered 3 figures in 2 pages']);
  });

  it('buildEnd passes its render options on, and warns of a figure left to the browser', async () => {
    const dir = join(outDir, 'options');
    mkdirSync(dir);
    const bad = '<!doctype html><html lang="en"><body><k8s-cluster workers="lots"></k8s-cluster></body></html>';
    writeFileSync(join(dir, 'bad.html'), bad);
    writeFileSync(join(dir, 'dark.html'), '<!doctype html><html lang="en"><body><k8s-worker-node></k8s-worker-node></body></html>');
    const warnings: string[] = [];
    const [log, warn] = [console.log, console.warn];
    console.log = () => {};
    console.warn = (text: string) => warnings.push(text);
    try {
      await k8sDiagramsVitePress({ theme: 'dark' }).buildEnd({ outDir: dir });
    } finally {
      [console.log, console.warn] = [log, warn];
    }
    assert.equal(readFileSync(join(dir, 'bad.html'), 'utf8'), bad);
    assert.match(readFileSync(join(dir, 'dark.html'), 'utf8'), /class="frame dark"/);
    assert.equal(warnings.length, 1);
    assert.match(warnings.join('\n'), /bad\.html: <k8s-cluster> invalid-attribute: workers="lots"/);
  });
});
