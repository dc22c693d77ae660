import type { RenderOptions } from './figure.js';
import { prerenderHtml } from './prerender.js';

/** The part of Vite's Plugin interface this plugin uses (no dependency on Vite itself). */
export interface K8sDiagramsVitePlugin {
  name: string;
  apply: 'build';
  transformIndexHtml: { order: 'post'; handler(html: string): Promise<string> };
}

/**
 * A Vite plugin that prerenders the figures of every HTML page Vite builds (declarative
 * shadow DOM: the figure shows at first paint and without JavaScript). For VitePress and
 * Astro, which write their pages after Vite, use their build hooks: `k8sDiagramsVitePress()` from
 * `@k8s-diagrams/render/vitepress`, an Astro integration (see examples/README.md).
 *
 *     import { k8sDiagrams } from '@k8s-diagrams/render/vite';
 *     export default { plugins: [k8sDiagrams({ theme: 'light' })] };
 */
export function k8sDiagrams(options: RenderOptions = {}): K8sDiagramsVitePlugin {
  return {
    name: 'k8s-diagrams-prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const report = await prerenderHtml(html, options);
        for (const e of report.errors) console.warn(`k8s-diagrams: <${e.tag}> ${e.code}: ${e.message} (left to draw in the browser)`);
        return report.html;
      },
    },
  };
}
