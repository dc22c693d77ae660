// Contact sheet of every icon at 16, 24 and 48 px, on a light and a dark page, with the
// package's own icon styles. Writes .scratch/icons.png (git-ignored).
//
//   node scripts/icon-sheet.mjs [--scale 2] [--sizes 16,24,48] [--only api,etcd] [--out .scratch/icons.png]
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './chromium.mjs';
import { loadIcons } from './generate-icons.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const out = resolve(ROOT, option('--out', '.scratch/icons.png'));
const scale = Number(option('--scale', '1'));

// The same CSS the components get: the body of iconStyles in packages/icons/src/styles.ts.
const stylesSource = readFileSync(join(ROOT, 'packages/icons/src/styles.ts'), 'utf8');
const iconCss = /css`([\s\S]*?)`/.exec(stylesSource)?.[1];
if (!iconCss) throw new Error('Cannot find the css`…` block in packages/icons/src/styles.ts');

const only = option('--only', '').split(',').filter(Boolean);
const icons = loadIcons().filter((i) => only.length === 0 || only.includes(i.name));
const SIZES = option('--sizes', '16,24,48').split(',').map(Number);
const icon = (markup, size) => `<svg viewBox="0 0 32 32" width="${size}" height="${size}" aria-hidden="true">${markup}</svg>`;
const cell = ({ name, markup }) =>
  `<figure>${SIZES.map((s) => icon(markup, s)).join('')}<figcaption>${name}</figcaption></figure>`;
const panel = (theme) => `<section class="${theme}"><h2>${theme}</h2><div class="grid">${icons.map(cell).join('')}</div></section>`;

const html = `<!doctype html>
<html><head><meta charset="utf-8"><style>
  ${iconCss}
  body { margin: 0; font: 12px system-ui, sans-serif; }
  section { padding: 12px 16px 16px; }
  h2 { margin: 0 0 8px; font-size: 13px; text-transform: uppercase; letter-spacing: .08em; }
  .light { background: #f6f8fb; color: #1b2330; }
  .dark { background: #141a23; color: #e6edf6; }
  .grid { display: grid; grid-template-columns: repeat(6, 1fr); gap: 10px 8px; }
  figure { margin: 0; display: flex; align-items: end; gap: 8px; flex-wrap: wrap; }
  figcaption { flex-basis: 100%; font-size: 12px; }
  svg { display: block; }
</style></head><body>${panel('light')}${panel('dark')}</body></html>`;

mkdirSync(dirname(out), { recursive: true });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 760, height: 600 }, deviceScaleFactor: scale });
  await page.setContent(html, { waitUntil: 'load' });
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
console.log(`Wrote ${icons.length} icons at ${SIZES.join(', ')} px to ${out}`);
