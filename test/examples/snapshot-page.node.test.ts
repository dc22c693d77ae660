// The drop-a-file example (examples/html/snapshot.html): a snapshot and an audit log picked
// on the page are drawn and replayed in the browser, under the page's strict CSP, and never
// sent anywhere. Reads packages/elements/dist/: `pnpm test` builds first.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.mjs';
import { serveStatic, type StaticServer } from '../support/static-server.js';

describe('examples/html/snapshot.html', () => {
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

  it('draws a picked snapshot and replays a picked audit log, with nothing uploaded and no CSP violation', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const first = server.requests.length;
    await page.goto(`${server.url}/examples/html/snapshot.html`);
    await page.setInputFiles('#snapshot-file', 'examples/data/cluster-kubeadm-ha.yaml');
    await page.waitForFunction(() => (document.getElementById('mine') as HTMLElement & { model: { components: Array<{ kind: string }> } | null }).model?.components.some((c) => c.kind === 'load-balancer'));
    await page.setInputFiles('#audit-file', 'examples/data/audit-rollout.log');
    await page.waitForFunction(() => (document.getElementById('mine') as HTMLElement & { steps: unknown[] }).steps.length > 20);
    const drawn = await page.evaluate(async () => {
      const el = document.getElementById('mine') as HTMLElement & { layoutComplete: Promise<void>; next(): void; updateComplete: Promise<unknown> };
      await el.layoutComplete;
      for (let i = 0; i < 50 && !el.shadowRoot!.querySelector('[part="controls"]'); i++) await new Promise((r) => setTimeout(r, 20));
      el.next();
      el.next();
      await el.updateComplete;
      return {
        planes: el.shadowRoot!.querySelectorAll('[data-kind="control-plane"]').length,
        caption: el.shadowRoot!.querySelector('[part="caption"]')?.textContent ?? '',
        status: document.getElementById('status')!.textContent,
      };
    });
    assert.equal(drawn.planes, 3);
    assert.match(drawn.caption, /kubectl \(kubernetes-admin\): create deployments shop\/nginx → 201/);
    assert.match(drawn.status ?? '', /Audit log: audit-rollout\.log/);
    const requests = server.requests.slice(first);
    assert.ok(!requests.some((p) => /cluster-kubeadm-ha|audit-rollout/.test(p)), `the files stay in the page: ${requests.join(', ')}`);
    assert.ok(requests.some((p) => /snapshot-chunk-/.test(p)), 'the snapshot chunk was fetched');
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a file that is not a snapshot shows its error, and the example files draw after it', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
    await page.goto(`${server.url}/examples/html/snapshot.html`);
    await page.setInputFiles('#snapshot-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": ') });
    await page.waitForFunction(() => /not valid JSON/.test(document.getElementById('status')!.textContent ?? ''));
    await page.click('#example');
    await page.waitForFunction(() => (document.getElementById('mine') as HTMLElement & { steps: unknown[] }).steps.length > 20);
    const shown = await page.evaluate(async () => {
      const el = document.getElementById('mine') as HTMLElement & { layoutComplete: Promise<void> };
      await el.layoutComplete;
      return { error: el.shadowRoot!.querySelector('[part="error"]') !== null, nodes: el.shadowRoot!.querySelectorAll('[data-kind="node"]').length };
    });
    assert.deepEqual(shown, { error: false, nodes: 2 });
    await page.close();
  });
});
