import type { RenderOptions } from './figure.js';
import { prerenderFiles } from './prerender-files.js';

/** The k8s-diagrams tags, or any later `k8s-` one: web components, not Vue components. */
export function isK8sDiagramsElement(tag: string): boolean {
  return tag.startsWith('k8s-') || tag === 'container-stack';
}

/** What {@link k8sDiagramsVitePress} adds to a VitePress config (no dependency on VitePress itself). */
export interface K8sDiagramsVitePressConfig {
  /** Prerenders the figures of every page VitePress wrote (each `.html` file in `outDir`). */
  buildEnd(siteConfig: { outDir: string }): Promise<void>;
  /** Tells Vue's template compiler that our tags are custom elements. */
  vue: { template: { compilerOptions: { isCustomElement(tag: string): boolean } } };
}

/**
 * The two parts of a VitePress config that k8s-diagrams needs, to spread into `defineConfig`:
 * `vue`, so that Vue leaves our tags to the browser (they are web components), and
 * `buildEnd`, which rewrites the built pages in place once VitePress has written them: every
 * figure is in the HTML as declarative shadow DOM, shown at first paint and without JavaScript.
 * It logs how many figures it drew, and warns of each one it left to the browser (a typo in an
 * attribute: the browser shows the error in place).
 *
 *     // .vitepress/config.ts
 *     import { k8sDiagramsVitePress } from '@k8s-diagrams/render/vitepress';
 *     export default defineConfig({ ...k8sDiagramsVitePress(), title: 'My docs' });
 *
 * If your config has its own `buildEnd` or `vue`, call or merge the returned ones there.
 *
 * @param options Render options for the prerendered figures (`theme`, `width`…). Leave `lang`
 *   unset: each figure follows its page's `<html lang>`, as the live element does.
 */
export function k8sDiagramsVitePress(options: RenderOptions = {}): K8sDiagramsVitePressConfig {
  return {
    async buildEnd({ outDir }) {
      const report = await prerenderFiles(['**/*.html'], { ...options, cwd: outDir });
      for (const e of report.errors) console.warn(`k8s-diagrams: ${e.file}: <${e.tag}> ${e.code}: ${e.message} (left to draw in the browser)`);
      console.log(`k8s-diagrams: prerendered ${report.figures} figures in ${report.pages} pages`);
    },
    vue: { template: { compilerOptions: { isCustomElement: isK8sDiagramsElement } } },
  };
}
