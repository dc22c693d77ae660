// Full-page screenshots of the two pages of the VitePress example, 1280 px wide, taken from
// the built site served locally: docs/screenshots/seed-page-fr.png and seed-page-en.png.
// Run after `pnpm build` (the site imports the elements' dist/):
//   pnpm --filter @k8s-diagrams/example-vitepress screenshot          (builds the site first)
//   pnpm --filter @k8s-diagrams/example-vitepress screenshot --no-build
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { buildSite, PAGES, REPO_DIR, serveSite } from './site.js';

const OUT = join(REPO_DIR, 'docs', 'screenshots');

if (!process.argv.includes('--no-build')) {
  console.log('vitepress build…');
  buildSite();
}
const server = await serveSite();
const browser = await launchChromium();
mkdirSync(OUT, { recursive: true });
try {
  for (const { lang, path } of PAGES) {
    const dark = process.argv.includes('--dark');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
    await page.goto(`${server.url}${path}`);
    await page.evaluate(async () => {
      const tags = ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node', 'container-stack', 'k8s-icon'];
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      const diagrams = [...document.querySelectorAll(tags.slice(0, 4).join(','))] as Array<HTMLElement & { layoutComplete: Promise<void> }>;
      await Promise.all(diagrams.map((d) => d.layoutComplete));
      await document.fonts.ready;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    const file = join(OUT, `seed-page-${lang}${dark ? '-dark' : ''}.png`);
    await page.screenshot({ path: file, fullPage: true });
    await page.close();
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
