// Frame times while the player moves 10, 100 and 1000 tokens along the real edge routes of
// a laid-out <k8s-cluster workers="50">, against an empty page and the same figure standing
// still: requestAnimationFrame intervals, 5 × 2 s after 1 s of warm-up, in headless system
// Chromium. Beats last 3 s and loop, so every sample includes beat changes (tokens
// created, animations started). Run from the repository root:
//   node --conditions=source --import tsx packages/motion/scripts/frames.ts
// The machine's load average is printed: on a busy machine frame times mean little.
import { build } from 'esbuild';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { buildClusterModel, clusterOptions } from '@k8s-diagrams/core';
import { createLayoutEngine, type Geometry } from '@k8s-diagrams/layout';
import { nodeElkFactory } from '@k8s-diagrams/layout/node';

const { launchChromium } = (await import(new URL('../../../scripts/chromium.mjs', import.meta.url).href)) as {
  launchChromium: () => Promise<Browser>;
};

const WORKERS = '50';
const TOKEN_COUNTS = [10, 100, 1000];
const RUNS = 5;
const RUN_MS = 2000;
const WARM_UP_MS = 1000;
const BEAT_MS = 3000;
const LABEL = 'PATCH pods/…/status';

interface Stats {
  median: number;
  p95: number;
  /** Share of frames over 20 ms. */
  over20: number;
}

interface Case {
  name: string;
  figure: boolean;
  tokens?: number;
}

/** Nearest-rank percentiles of frame intervals. */
function stats(intervals: number[]): Stats {
  const sorted = [...intervals].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length))) - 1]!;
  return { median: rank(0.5), p95: rank(0.95), over20: intervals.filter((t) => t > 20).length / intervals.length };
}

async function figureGeometry(): Promise<Geometry> {
  const options = clusterOptions((name) => (name === 'workers' ? WORKERS : null));
  if (!options.ok) throw new Error('cluster options');
  const result = await createLayoutEngine({ elk: nodeElkFactory }).layout(buildClusterModel(options.value));
  if (!result.ok) throw new Error(result.error.message.en);
  return result.geometry;
}

/** The player as one ES module, from its sources. */
async function playerModule(): Promise<string> {
  const out = await build({
    stdin: { contents: "export { createPlayer } from './src/index.ts';", resolveDir: fileURLToPath(new URL('..', import.meta.url)), loader: 'ts' },
    bundle: true,
    format: 'esm',
    write: false,
    conditions: ['source'],
    platform: 'browser',
    target: 'es2022',
  });
  return out.outputFiles[0]!.text;
}

/** The page: draws the figure as the elements do (boxes, edge paths), then plays one beat of N tokens, looped. */
const PAGE = `
import { createPlayer } from './player.js';
const SVG = 'http://www.w3.org/2000/svg';
function draw(geometry) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 ' + geometry.width + ' ' + geometry.height);
  svg.setAttribute('width', '1200');
  for (const n of geometry.nodes) {
    const r = document.createElementNS(SVG, 'rect');
    for (const [k, v] of Object.entries({ x: n.x, y: n.y, width: n.width, height: n.height, rx: 6, fill: n.group ? 'none' : '#eef', stroke: '#557' })) r.setAttribute(k, String(v));
    svg.append(r);
  }
  for (const e of geometry.edges) {
    const p = document.createElementNS(SVG, 'path');
    p.setAttribute('d', 'M' + e.points.map((q) => q.x + ' ' + q.y).join(' L'));
    p.setAttribute('fill', 'none');
    p.setAttribute('stroke', '#557');
    svg.append(p);
  }
  const layer = document.createElementNS(SVG, 'g');
  svg.append(layer);
  document.body.append(svg);
  return layer;
}
window.bench = {
  draw,
  play(geometry, tokens) {
    const layer = draw(geometry);
    const routes = geometry.edges.filter((e) => e.points.length > 1);
    const steps = Array.from({ length: tokens }, (_, i) => {
      const e = routes[i % routes.length];
      return { id: 's' + i, index: i, beat: 0, kind: 'request', from: e.from, to: e.to, path: e.points, label: ${JSON.stringify(LABEL)} };
    });
    const boxes = new Map(geometry.nodes.map((n) => [n.id, n]));
    createPlayer({ layer, beats: [steps], boxes, beatDuration: ${BEAT_MS}, loop: true }).play();
  },
  sample(ms) {
    return new Promise((resolve) => {
      const stamps = [];
      const end = performance.now() + ms;
      const tick = (t) => {
        stamps.push(t);
        if (performance.now() < end) requestAnimationFrame(tick);
        else resolve(stamps.slice(1).map((s, i) => s - stamps[i]));
      };
      requestAnimationFrame(tick);
    });
  },
};
window.ready = true;`;

async function measure(browser: Browser, player: string, geometry: Geometry, c: Case): Promise<Stats> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('http://bench.local/**', (route) => {
    const url = route.request().url();
    if (url.endsWith('/player.js')) return route.fulfill({ contentType: 'text/javascript', body: player });
    if (url.endsWith('/page.js')) return route.fulfill({ contentType: 'text/javascript', body: PAGE });
    return route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><body style="margin:0"><script type="module" src="/page.js"></script>' });
  });
  const page = await context.newPage();
  await page.goto('http://bench.local/');
  await page.waitForFunction('window.ready === true');
  type Bench = { draw(g: Geometry): void; play(g: Geometry, n: number): void; sample(ms: number): Promise<number[]> };
  if (c.tokens !== undefined) await page.evaluate(([g, n]) => (window as unknown as { bench: Bench }).bench.play(g, n), [geometry, c.tokens] as const);
  else if (c.figure) await page.evaluate((g) => void (window as unknown as { bench: Bench }).bench.draw(g), geometry);
  await page.evaluate((ms) => (window as unknown as { bench: Bench }).bench.sample(ms), WARM_UP_MS);
  const intervals: number[] = [];
  for (let i = 0; i < RUNS; i++) intervals.push(...(await page.evaluate((ms) => (window as unknown as { bench: Bench }).bench.sample(ms), RUN_MS)));
  await context.close();
  return stats(intervals);
}

const geometry = await figureGeometry();
const player = await playerModule();
const browser = await launchChromium();
const cases: Case[] = [
  { name: 'empty page', figure: false },
  { name: `figure (${geometry.nodes.length} boxes, ${geometry.edges.length} edges), no tokens`, figure: true },
  ...TOKEN_COUNTS.map((n) => ({ name: `${n} tokens`, tokens: n, figure: true })),
];
const load = loadavg()[0]!;
const results: Array<Case & Stats> = [];
for (const c of cases) results.push({ ...c, ...(await measure(browser, player, geometry, c)) });
await browser.close();

const empty = results[0]!;
const ms = (v: number) => `${v.toFixed(1)} ms`;
console.log(`load average at start: ${load.toFixed(2)} (1 min), now ${loadavg()[0]!.toFixed(2)}\n`);
console.log('| case | median | p95 | p95 / empty page | frames > 20 ms |\n|---|---|---|---|---|');
for (const r of results) console.log(`| ${r.name} | ${ms(r.median)} | ${ms(r.p95)} | ${(r.p95 / empty.p95).toFixed(2)}× | ${(r.over20 * 100).toFixed(1)} % |`);
const verdict = (tokens: number, factor: number, maxOver?: number) => {
  const r = results.find((x) => x.tokens === tokens)!;
  const ok = r.p95 <= empty.p95 * factor && (maxOver === undefined || r.over20 < maxOver);
  const target = `p95 within ${factor}× the empty page's${maxOver === undefined ? '' : `, under ${maxOver * 100} % of frames over 20 ms`}`;
  console.log(`${ok ? 'met   ' : 'missed'} ${tokens} tokens: ${target}`);
};
console.log('');
verdict(100, 1.2, 0.05);
verdict(1000, 2.5);
