// pnpm bench: builds the library, serves the repository on 127.0.0.1, measures every row of
// rows.ts in headless system Chromium, prints the table, writes results/latest.{json,md}
// and results/scaling.svg, and exits non-zero when a budget is missed.
//
//   pnpm bench                      everything (always builds first)
//   pnpm bench --only "first diagram"   rows whose name contains the text; results go to results/tmp/
//   pnpm bench --no-build           skip `pnpm build` (only when dist/ is known fresh)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../test/support/static-server.js';
import { budgetsMet, checkAll } from './budgets.js';
import { FAST_MS, FAST_REPS, measureRow, PLAYER_WINDOW_OFFSETS, REPS, SLOW_MS, SLOW_REPS } from './measure.js';
import { readmeSummary, spliceReadme } from './readme-summary.js';
import { markdownReport, scalingChart, scalingData } from './report.js';
import { measureRenderRows, renderTable, type RenderRow } from './render-rows.js';
import { ROWS } from './rows.js';
import type { BenchResults, BudgetCheck, RowResult } from './types.js';

const BENCH = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(BENCH, '..');

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const build = !args.includes('--no-build');
const log = (text: string) => process.stderr.write(`${text}\n`);
const started = Date.now();
const loadStart = loadavg()[0]!;
/** The whole run must end by itself: rows still to measure after this are skipped (and fail). */
const DEADLINE_MS = 14 * 60 * 1000;
setTimeout(() => {
  log('pnpm bench: 15 minutes passed, stopping.');
  process.exit(3);
}, 15 * 60 * 1000).unref();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;


// The pages are served from a snapshot of what was just built (plus symlinks to the bench
// pages and to Mermaid), so a rebuild of packages/*/dist during the run changes nothing.
const SITE = join(BENCH, 'results', 'tmp', 'site');
const DIST = join(ROOT, 'packages', 'elements', 'dist');
const complete = (dir: string) => ['k8s-diagrams.bundle.js', 'elk.worker.js'].every((f) => existsSync(join(dir, f)));
for (let attempt = 1; ; attempt++) {
  if (build) {
    log('pnpm build …');
    try {
      execFileSync('pnpm', ['build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 2 ** 20 });
    } catch (e) {
      const { stdout, stderr } = e as { stdout?: Buffer; stderr?: Buffer };
      log(`${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`);
      log('pnpm bench: `pnpm build` failed (above); nothing was measured.');
      process.exit(4);
    }
  }
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(join(SITE, 'packages', 'elements'), { recursive: true });
  if (complete(DIST)) cpSync(DIST, join(SITE, 'packages', 'elements', 'dist'), { recursive: true });
  if (complete(join(SITE, 'packages', 'elements', 'dist'))) break;
  // Another build may have emptied dist/ meanwhile: build again once.
  if (attempt === 2 || !build) throw new Error(`${DIST} is incomplete: run \`pnpm build\``);
}
mkdirSync(join(SITE, 'bench'), { recursive: true });
symlinkSync(join(BENCH, 'pages'), join(SITE, 'bench', 'pages'));
// The snapshot rows: the fixtures' builders, and core's own modules (the audit row calls them).
mkdirSync(join(SITE, 'examples'), { recursive: true });
symlinkSync(join(ROOT, 'examples', 'data'), join(SITE, 'examples', 'data'));
cpSync(join(ROOT, 'packages', 'core', 'dist'), join(SITE, 'packages', 'core', 'dist'), { recursive: true });
symlinkSync(join(BENCH, 'node_modules'), join(SITE, 'bench', 'node_modules'));

const { launchChromium } = (await import(new URL('../../scripts/chromium.mjs', import.meta.url).href)) as {
  launchChromium: () => Promise<Browser>;
};

const picked = only ? ROWS.filter((r) => r.name.includes(only)) : ROWS;
// The rows of rendering outside the browser run with a full run, or with --only render.
const renderRowsWanted = !only || 'render'.includes(only) || only.includes('render');
if (picked.length === 0 && !renderRowsWanted) throw new Error(`no row matches --only ${only}`);
// A frames row compares with the empty page of the same run: measure it first.
const emptyPage = ROWS.find((r) => r.kind === 'frames' && r.technique === 'empty');
const rows = emptyPage && !picked.includes(emptyPage) && picked.some((r) => r.kind === 'frames') ? [emptyPage, ...picked] : picked;

// The 1-minute load average every 10 s: the machine may be shared with other work.
const loads: number[] = [loadStart];
const sampler = setInterval(() => loads.push(loadavg()[0]!), 10_000);
sampler.unref();

const server = await serveStatic(SITE);
const browser = await launchChromium();
const results: RowResult[] = [];
let rendered: { rows: RenderRow[]; checks: BudgetCheck[] } = { rows: [], checks: [] };
try {
  for (const [i, row] of rows.entries()) {
    if (Date.now() - started > DEADLINE_MS) {
      log(`[${elapsed()}] out of time: ${rows.length - i} rows not measured`);
      break;
    }
    log(`[${elapsed()}] ${i + 1}/${rows.length} ${row.name}`);
    results.push(await measureRow({ browser, url: server.url }, row, results));
  }
  if (renderRowsWanted) {
    log(`[${elapsed()}] rendering outside the browser (renderSvg, the CLI against mmdc, animated SVG, LCP, prerender)`);
    rendered = await measureRenderRows({ root: ROOT, scratch: join(BENCH, 'results', 'tmp', 'render'), browser, url: server.url, log });
  }
} finally {
  await server.close();
}
const chromium = browser.version();
await browser.close();
clearInterval(sampler);
loads.push(loadavg()[0]!);
const loadMedian = [...loads].sort((a, b) => a - b)[loads.length >> 1]!;
const loadMax = Math.max(...loads);

const checks = [...checkAll(rows, results), ...rendered.checks];
const fewer = results.flatMap((r) =>
  r.kind === 'first-diagram' ? r.sides.filter((s) => !s.error && s.runs.length < REPS).map((s) => `${r.name.replace(/^first diagram · /, '')} (${s.side})`) : [],
);
// Our side or the floor failing is a harness or library failure; Mermaid (or the context
// side, elkjs on one whole graph) failing is a finding, reported.
const errors: string[] = [];
const mermaidErrors: string[] = [];
const finding = (side: string) => side.startsWith('mermaid') || side === 'elk-whole';
for (const r of results) {
  if (r.kind === 'bytes' || r.kind === 'first-diagram') {
    for (const s of r.sides.filter((x) => x.error)) (finding(s.side) ? mermaidErrors : errors).push(`${r.name} (${s.side}): ${s.error}`);
  } else if (r.result.error) errors.push(`${r.name}: ${r.result.error}`);
}
// Ours and the floor must lay out the same ELK graphs.
const graphMismatch = results.flatMap((r) => {
  if (r.kind !== 'first-diagram') return [];
  const ours = r.sides.find((s) => s.side === 'ours' && !s.error);
  const floor = r.sides.find((s) => s.side === 'elk-raw' && !s.error);
  return ours && floor && ours.elkGraphs !== floor.drawn ? [`${r.name}: ours sent ${ours.elkGraphs ?? 0} graphs, the floor laid out ${floor.drawn}`] : [];
});
errors.push(...graphMismatch);
for (const row of rows) if (!results.some((r) => r.name === row.name)) errors.push(`${row.name}: not measured (out of time)`);

const notes = [
  `Every timed side: a fresh page; its first draw is the cold run (reported on its own, also the warm-up), then warm repetitions interleaved with the row's other sides (median, min–max): ${FAST_REPS} when the cold run took under ${FAST_MS / 1000} s, ${REPS} up to ${SLOW_MS / 1000} s, ${SLOW_REPS} above (marked n=${SLOW_REPS}${fewer.length ? `: ${fewer.join('; ')}` : '; none this run'}). A forced GC (CDP) precedes every draw, so no draw pays for the garbage of the previous ones.`,
  'Time to first diagram: ours from creating and inserting the element to `await el.layoutComplete` plus a forced `getBoundingClientRect()` on its SVG; Mermaid from calling `mermaid.render()` to its SVG inserted and measured the same way; raw elkjs from posting our ELK graphs to a fresh worker of the same elk.worker.js to its last answer. Nobody waits for a frame.',
  'Raw elkjs on the whole model as one graph (custom clusters, context without a budget): the ELK graph a one-pass layout would send for the same model (`toElk(model)`), timed like the floor but after the other sides of its row, not interleaved with them (its worker stays busy for seconds on the big graphs). Ours lays a cluster out in two passes (one graph per distinct worker shape, one for the control plane, packed on a grid), so the floor is far smaller than that graph.',
  'Default figures are inserted as markup: their precomputed layout ships in the entry module (no ELK). Custom clusters set, at every repetition, the model `<k8s-cluster workers=N pods=3>` builds with every id prefixed (`r03.apiserver`, same lengths, labels unchanged) through `.model`, so no preset and no cached answer (model or ELK graph) applies; Mermaid gets text generated from the same model (components → nodes, groups → subgraphs, edges → arrows), with fresh node ids per repetition.',
  'Mermaid (ELK) uses the @mermaid-js/layout-elk package registered with `mermaid.registerLayoutLoaders` (it replaces Mermaid 12’s built-in `elk` loader); Mermaid’s text and edge limits are lifted for large clusters.',
  'Bytes: JavaScript responses the page fetched (network, Playwright), bench harness files excluded; gzip is computed on the fetched bodies at level 9 (the static server sends them uncompressed).',
  'Main thread: Long Tasks API (`PerformanceObserver` longtask); “<50 ms” means no task over 50 ms. TBT = sum of (task − 50 ms). “While ELK works”: tasks that ended between the first graph posted to the ELK worker and its last answer; the rendering task is the one that handles the last answer (fromElk, Lit’s render, and the style and layout the benchmark forces with `getBoundingClientRect()`).',
  'Bytes with a scenario: the page also drew `<k8s-cluster>` (the entry) and `<k8s-cluster workers="20">` (a topology without a precomputed layout: the layout pipeline chunk and the ELK worker) on pages of their own; the files neither fetched are the motion code, which the motion budget counts. kubectl-apply adds Pods to the figure, so that page also lays it out with ELK.',
  `Frames: the player's own tokens. A custom scenario (\`el.scenario = {…}\`) whose single beat has N parallel steps (\`parallelWith\` the first) between components linked by an edge of the element's own model (\`el.model\`: each edge forwards as a request, then backwards as a response, visiting the workers and the control plane in a spread-out order; routes repeat beyond their number), on \`<k8s-cluster workers="50" speed="0.25" loop>\`, started with \`el.play()\`. A beat then lasts 7.2 s, its tokens travel during its first 5.76 s: the 5 windows of 2 s each start ${PLAYER_WINDOW_OFFSETS.join(' or ')} ms after a beat began, so every window lies inside the travel, and the tokens moving (motion layer \`getAnimations({ subtree: true })\`, running and in their travel) are counted at each window's start and end. The loop's restart, which redraws every token, falls outside the windows: its longest task is reported on the row's second line. Frame times are requestAnimationFrame intervals; p95 and the share over 20 ms are over every window's frames together, against the empty page (same windows, after a 1 s warm-up) measured in the same run. The rows of the former candidate techniques (overlays, before the player existed) are dropped.`,
  'Snapshots (issue 12): one page (bench/pages/snapshot.html) generates the data with examples/data/kube-objects.mjs (500 nodes, 3 of them control planes, 10 000 Pods; 10 000 audit events, 5 000 requests, of which the first 1 000 are replayed); a cold run, then 3 warm runs on the same page. Draw: from setting `.objects` to the snapshot’s JSON text (12 MB: read and turned into a model in the snapshot worker) to `await el.layoutComplete` and a forced `getBoundingClientRect()`, with the Pods collapsed into counts (ELK in its worker, the layout pipeline and the drawing on the main thread). Audit: `scenarioFromAudit(text, snapshot)` then `resolveScenario` in the page’s main thread (the element runs the first in its worker for logs over 256 KB).',
  'Many diagrams: 20 diagrams (the six default figures and a custom 4-worker cluster, in turn); the heap is the main thread’s used JS heap after two forced GCs (CDP `HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`; the ELK worker’s heap is not included). requestAnimationFrame calls are counted by wrapping `window.requestAnimationFrame` before the bundle loads. In the “playing” rows the default `<k8s-cluster>` plays kubectl-apply and the default `<container-stack>` docker-run (`autoplay loop`): first on the page (both in the 900 px viewport) when on screen or scrolled away, last (below the spacer, started with `play()` since autoplay waits for visibility) when offscreen; the page is measured after they played for 1 s (and, scrolled away, 0.5 s after the scroll), and each row checks that both still report `playing`. The heap row compares with the same page without the two scenarios.',
  ...(loadMax > cpus().length / 2
    ? [`The machine was busy with other work (1-minute load ${loadStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end, median ${loadMedian.toFixed(1)} and max ${loadMax.toFixed(1)} over the run, ${cpus().length} cores): timings are noisier than on a quiet machine; the sides of each row are interleaved so ratios suffer less.`]
    : []),
  ...(mermaidErrors.length
    ? [
        `Mermaid, or elkjs on one whole graph, failed (reported, not a harness error): ${mermaidErrors.join('; ')}.${mermaidErrors.some((e) => /setting 'order'/.test(e)) ? ' “Cannot set properties of undefined (setting \'order\')” is thrown inside Mermaid’s bundled dagre on large compound graphs (a long-standing dagre bug with subgraphs); its time to failure is not a render time.' : ''}`,
      ]
    : []),
  ...(errors.length ? [`**Measurement errors:** ${errors.join('; ')}`] : []),
];

const out: BenchResults = {
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    chromium,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    loadStart,
    loadEnd: loadavg()[0]!,
    loadMedian,
    loadMax,
  },
  wallSeconds: (Date.now() - started) / 1000,
  repetitions: { fast: FAST_REPS, fastBelowMs: FAST_MS, default: REPS, slow: SLOW_REPS, slowAboveMs: SLOW_MS },
  rows: results,
  render: rendered.rows,
  budgets: checks,
  notes,
};

const dir = only ? join(BENCH, 'results', 'tmp') : join(BENCH, 'results');
const name = only ? 'partial' : 'latest';
mkdirSync(dir, { recursive: true });
const markdown = `${markdownReport(out, rows)}${rendered.rows.length ? `\n## Rendering outside the browser (@k8s-diagrams/render)\n\n${renderTable(rendered.rows)}\n` : ''}`;
writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(out, (_k, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 100) / 100 : v), 2)}\n`);
writeFileSync(join(dir, `${name}.md`), markdown);
const scaling = scalingData(results);
if (scaling.length) writeFileSync(join(dir, only ? 'partial-scaling.svg' : 'scaling.svg'), scalingChart(scaling));

// A full run also rewrites the README's performance summary, so it always shows the latest table.
// A run with measurement errors leaves it alone: its table would have holes.
if (!only && errors.length === 0) {
  const readme = join(BENCH, '..', 'README.md');
  writeFileSync(readme, spliceReadme(readFileSync(readme, 'utf8'), readmeSummary(out)));
}

console.log(markdown);
log(`wrote ${join(dir, `${name}.json`)}, ${name}.md${scaling.length ? ' and the scaling chart' : ''}${only ? '' : errors.length ? ' (not the README summary: measurement errors)' : ', and the README summary'} (${elapsed()})`);

if (!budgetsMet(checks)) {
  log(`budgets missed: ${checks.filter((c) => !c.ok && c.level === 'budget').length}`);
  process.exitCode = 1;
} else if (errors.length) {
  log(`measurement errors: ${errors.length}`);
  process.exitCode = 2;
}
