// @k8s-diagrams/react with React 18: rendered on a server (no crash, the tag is in the HTML),
// and in Chromium (the element upgrades, props arrive as properties, the typed event props
// receive the events). The page is bundled by esbuild from the built package.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from '../../../test/support/static-server.js';
import { ContainerStack, K8sCluster, K8sIcon } from '../src/index.js';

describe('@k8s-diagrams/react on a server', () => {
  it('renders the tags without a DOM (they upgrade on the client)', () => {
    const html = renderToString(
      createElement('div', null, [
        createElement(K8sCluster, { key: 'c', workers: 3, scenario: 'kubectl-apply', controls: true, onK8sStep: () => undefined }),
        createElement(ContainerStack, { key: 's', highlight: 'kubelet>containerd>runc' }),
        createElement(K8sIcon, { key: 'i', name: 'etcd' }),
      ]),
    );
    assert.match(html, /<k8s-cluster[\s>]/);
    assert.match(html, /<container-stack[\s>]/);
    assert.match(html, /<k8s-icon[\s>]/);
  });
});

const PAGE = `
import { createElement, useRef, version } from 'react';
import { createRoot } from 'react-dom/client';
import { K8sCluster, K8sIcon } from '@k8s-diagrams/react';

const seen = { steps: [], ends: [], plays: [], errors: [] };
window.seen = seen;
window.reactVersion = version;
function App() {
  const ref = useRef(null);
  window.cluster = ref;
  return createElement('div', null,
    createElement(K8sCluster, {
      ref, id: 'cluster', pods: 0, scenario: 'kubectl-apply', controls: true, speed: 2,
      onK8sStep: (e) => seen.steps.push(e.detail.index),
      onK8sEnd: (e) => seen.ends.push(e.detail.scenario),
      onK8sPlay: (e) => seen.plays.push(e.detail.scenario),
    }),
    createElement(K8sIcon, { id: 'icon', name: 'no-such-icon', onK8sError: (e) => seen.errors.push(e.detail.code) }),
  );
}
createRoot(document.getElementById('root')).render(createElement(App));
`;

describe('@k8s-diagrams/react in Chromium (React 18)', () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'k8s-diagrams-react-'));
    writeFileSync(join(dir, 'page.js'), PAGE);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="./out/page.js"></script></body></html>');
    await build({
      entryPoints: [join(dir, 'page.js')],
      outdir: join(dir, 'out'),
      bundle: true,
      splitting: true,
      format: 'esm',
      // Resolved from this package, as an app that depends on it would.
      nodePaths: [join(process.cwd(), 'packages/react/node_modules')],
      alias: { '@k8s-diagrams/react': join(process.cwd(), 'packages/react/dist/index.js') },
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    server = await serveStatic(dir);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('upgrades the element, sets props as properties, and calls the typed event props', async () => {
    const errors: string[] = [];
    const page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => customElements.get('k8s-cluster') && document.querySelector('#cluster'));
    const state = await page.evaluate(async () => {
      const el = document.querySelector('#cluster') as HTMLElement & { layoutComplete: Promise<void>; pods: unknown; speed: number; next(): void; seek(i: number): void; steps: unknown[]; stepIndex: number };
      await el.layoutComplete;
      const w = window as unknown as { cluster: { current: unknown }; seen: Record<string, unknown[]>; reactVersion: string };
      el.next();
      el.next();
      const last = new Set(el.steps.map((s) => (s as { beat: number }).beat)).size - 1;
      el.seek(last);
      return {
        sameAsRef: w.cluster.current === el,
        pods: el.pods,
        podsAttribute: el.getAttribute('pods'),
        speed: el.speed,
        drawn: el.shadowRoot!.querySelectorAll('[data-component]').length,
        stepIndex: el.stepIndex,
        last,
        seen: w.seen,
        react: w.reactVersion,
      };
    });
    assert.match(state.react, /^18\./);
    assert.equal(state.sameAsRef, true, 'the ref is the element');
    assert.equal(state.pods, 0, 'pods arrives as the number 0 (a property)');
    assert.equal(state.podsAttribute, null);
    assert.equal(state.speed, 2);
    assert.ok(state.drawn > 10, `${state.drawn} components drawn`);
    assert.deepEqual(state.seen.steps, [0, 1, state.last]);
    assert.deepEqual(state.seen.ends, ['kubectl-apply']);
    assert.deepEqual(state.seen.errors, ['unknown-icon']);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
