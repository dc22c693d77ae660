import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { BUILTIN_SCENARIO_IDS } from '@k8s-diagrams/core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { ENTRY, measure, staticClosure } from '../../scripts/size.mjs';
import { serveStatic, type StaticServer } from '../support/static-server.js';

// These tests read the build output: `pnpm test` builds first.
describe('the bundle a page loads with one <script type="module">', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    server = await serveStatic(process.cwd(), (path): Record<string, string> =>
      path.startsWith('/test/pages/csp.html') ? { 'Content-Security-Policy': "script-src 'self'; worker-src 'self'" } : {},
    );
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has no bare imports and no ELK code in what the page fetches for a default figure', () => {
    for (const file of staticClosure(ENTRY)) {
      const text = readFileSync(file, 'utf8');
      // Module specifiers: `… from "x"`, `import "x"` at a statement start, `import("x")`.
      const specifiers = [
        ...text.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g),
        ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
      ].map((m) => m[1]!);
      assert.ok(specifiers.length > 0 || file !== ENTRY, 'the entry imports its chunk');
      for (const s of specifiers) assert.match(s, /^\.{1,2}\//, `${file} imports a bare specifier “${s}”`);
      assert.doesNotMatch(text, /org\.eclipse\.elk|elkjs/, `${file} contains ELK`);
    }
    assert.match(readFileSync('packages/elements/dist/elk.worker.js', 'utf8'), /org\.eclipse\.elk/, 'ELK lives in the worker');
  });

  it('stays under 40 KB gzip', () => {
    const { entry } = measure();
    assert.ok(entry.gzip < 40 * 1024, `entry is ${(entry.gzip / 1024).toFixed(1)} KB gzip`);
  });

  it('shows <k8s-control-plane lang="fr"> in French, and replicas="3" as the HA figure, without ELK', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const first = server.requests.length;
    await page.goto(`${server.url}/test/pages/plain-fr.html`);
    const result = await page.evaluate(async () => {
      await customElements.whenDefined('k8s-control-plane');
      const [cp, ha] = [...document.querySelectorAll('k8s-control-plane')] as Array<HTMLElement & { layoutComplete: Promise<void> }>;
      await cp!.layoutComplete;
      await ha!.layoutComplete;
      const root = cp!.shadowRoot!;
      return {
        kinds: [...root.querySelectorAll('[data-kind]')].map((n) => n.getAttribute('data-kind')),
        title: root.querySelector('[data-title-of="control-plane"] .title')!.textContent,
        name: root.querySelector('[part~="diagram"]')!.getAttribute('aria-label'),
        apiLabel: root.querySelector('[data-component="apiserver"]')!.getAttribute('aria-label'),
        apiDescription: root.getElementById(root.querySelector('[data-component="apiserver"]')!.getAttribute('aria-describedby')!)!.textContent,
        haKinds: [...ha!.shadowRoot!.querySelectorAll('[data-kind]')].map((n) => n.getAttribute('data-kind')),
      };
    });
    await page.close();
    assert.deepEqual(errors, []);
    for (const kind of ['apiserver', 'etcd', 'scheduler', 'controller-manager', 'cloud-controller-manager']) assert.ok(result.kinds.includes(kind), kind);
    assert.equal(result.title, 'Plan de contrôle');
    assert.equal(result.name, 'Plan de contrôle Kubernetes');
    assert.equal(result.apiLabel, 'kube-apiserver', 'component names stay as they are');
    assert.match(result.apiDescription, /porte d’entrée REST/);
    assert.equal(result.haKinds.filter((k) => k === 'control-plane').length, 3);
    assert.ok(result.haKinds.includes('load-balancer'));
    const fetched = server.requests.slice(first);
    assert.ok(!fetched.some((p) => p.includes('elk.worker') || p.includes('pipeline')), `fetched ${fetched.join(', ')}`);
  });

  it('fetches for one built-in scenario its own chunk and layouts, no other scenario’s, and no ELK', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const first = server.requests.length;
    await page.goto(`${server.url}/test/pages/one-scenario.html`);
    const result = await page.evaluate(async () => {
      await customElements.whenDefined('k8s-cluster');
      const el = document.querySelector('k8s-cluster') as HTMLElement & { layoutComplete: Promise<void>; steps: unknown[] };
      await el.layoutComplete;
      return { steps: el.steps.length, error: el.shadowRoot!.querySelector('[part="error"]')?.textContent ?? null };
    });
    await page.close();
    assert.deepEqual(errors, []);
    assert.equal(result.error, null);
    assert.ok(result.steps > 0, 'the scenario resolved');
    const fetched = server.requests.slice(first).map((p) => p.replace(/.*\//, ''));
    assert.ok(fetched.some((f) => /^scale-[A-Z0-9]+\.js$/.test(f)), `the scale chunk was fetched: ${fetched.join(', ')}`);
    assert.ok(fetched.some((f) => /^scale\.generated-[A-Z0-9]+\.js$/.test(f)), 'its layouts were fetched');
    const others = BUILTIN_SCENARIO_IDS.filter((id) => id !== 'scale');
    assert.deepEqual(fetched.filter((f) => others.some((id) => f.startsWith(`${id}-`) || f.startsWith(`${id}.generated-`))), [], 'no other scenario was fetched');
    assert.ok(!fetched.some((f) => f.includes('elk.worker') || f.startsWith('pipeline')), `no ELK: ${fetched.join(', ')}`);
  });

  it('draws replicas="5" in the ELK worker under a strict CSP, with no violation', async () => {
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') messages.push(m.text());
    });
    const first = server.requests.length;
    await page.goto(`${server.url}/test/pages/csp.html`);
    const result = await page.evaluate(async () => {
      await customElements.whenDefined('k8s-control-plane');
      const el = document.querySelector('k8s-control-plane') as HTMLElement & { layoutComplete: Promise<void> };
      await el.layoutComplete;
      return {
        planes: el.shadowRoot!.querySelectorAll('[data-kind="control-plane"]').length,
        error: el.shadowRoot!.querySelector('[part="error"]')?.textContent ?? null,
        violations: (window as unknown as { cspViolations: string[] }).cspViolations,
      };
    });
    await page.close();
    assert.equal(result.error, null);
    assert.equal(result.planes, 5);
    assert.deepEqual(result.violations, []);
    assert.deepEqual(messages.filter((m) => /Content Security Policy/i.test(m)), []);
    assert.ok(server.requests.slice(first).some((p) => p.endsWith('/elk.worker.js')), 'the worker was loaded');
  });
});
