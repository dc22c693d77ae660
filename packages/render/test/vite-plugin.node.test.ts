import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { k8sDiagrams } from '../src/vite-plugin.js';

describe('the Vite plugin', () => {
  it('prerenders the figures of the HTML Vite builds, after the other transforms, at build time only', async () => {
    const plugin = k8sDiagrams({ lang: 'fr' });
    assert.equal(plugin.apply, 'build');
    assert.equal(plugin.transformIndexHtml.order, 'post');
    const html = await plugin.transformIndexHtml.handler('<!doctype html><html><body><k8s-worker-node></k8s-worker-node></body></html>');
    assert.match(html, /<k8s-worker-node><template shadowrootmode="open"><style>/);
    assert.match(html, /aria-label="Nœud worker Kubernetes"/);
  });

  it('leaves a figure it cannot draw to the browser, with a warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (text: string) => warnings.push(text);
    try {
      const page = '<!doctype html><html><body><k8s-cluster workers="lots"></k8s-cluster></body></html>';
      assert.equal(await k8sDiagrams().transformIndexHtml.handler(page), page);
    } finally {
      console.warn = warn;
    }
    assert.match(warnings.join('\n'), /k8s-diagrams: <k8s-cluster> invalid-attribute: workers="lots"/);
  });
});
