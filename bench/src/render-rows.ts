// Rendering outside the browser (@k8s-diagrams/render): renderSvg in this process, the CLI as
// a whole cold process against Mermaid's CLI (mmdc driving the system Chromium), the size of
// an animated SVG, first paint with and without prerendering, and prerendering a whole site.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { renderAnimatedSvg, renderSvg } from '@k8s-diagrams/render';
import { figures } from './rows.js';
import { modelToMermaid } from './mermaid-text.js';
import { summarize } from './stats.js';
import type { BudgetCheck } from './types.js';

export interface RenderRow {
  name: string;
  /** What was measured, as shown in the table. */
  measured: string;
  detail?: string;
}

const DEFAULT_FIGURES = [
  '<k8s-control-plane></k8s-control-plane>',
  '<k8s-control-plane replicas="3"></k8s-control-plane>',
  '<k8s-cluster></k8s-cluster>',
  '<k8s-cluster control-planes="3"></k8s-cluster>',
  '<k8s-worker-node></k8s-worker-node>',
  '<container-stack></container-stack>',
];

const median = (values: number[]) => summarize(values).median;
const ms = (v: number) => `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms`;

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Pages of a generated site: defaults and custom topologies mixed, three figures each. */
function writeSite(dir: string, pages: number): number {
  const shapes = [
    '<k8s-cluster></k8s-cluster>',
    '<k8s-control-plane replicas="3"></k8s-control-plane>',
    '<container-stack highlight="kubelet>containerd>runc"></container-stack>',
    '<k8s-worker-node runtime="cri-o"></k8s-worker-node>',
    '<k8s-cluster workers="4" runtime="cri-o"></k8s-cluster>',
    '<k8s-cluster control-planes="3" workers="3"></k8s-cluster>',
    '<k8s-control-plane cloud="OVH"></k8s-control-plane>',
  ];
  rmSync(dir, { recursive: true, force: true });
  let count = 0;
  for (let p = 0; p < pages; p++) {
    const folder = join(dir, `section-${p % 10}`);
    mkdirSync(folder, { recursive: true });
    const body = [0, 1, 2].map((i) => `<h2>Figure ${i + 1}</h2>\n${shapes[(p * 3 + i) % shapes.length]}`).join('\n<p>Some prose between figures.</p>\n');
    writeFileSync(join(folder, `page-${p}.html`), `<!doctype html>\n<html lang="${p % 2 ? 'fr' : 'en'}"><head><meta charset="utf-8"><title>Page ${p}</title></head><body><main>\n${body}\n</main></body></html>\n`);
    count += 3;
  }
  return count;
}

/** Largest Contentful Paint of a page, in ms (Chromium's own entry). */
async function lcp(browser: Browser, url: string): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(url);
  await page.waitForTimeout(1500);
  const value = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]!.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  await page.close();
  return value;
}

export async function measureRenderRows(options: { root: string; scratch: string; browser: Browser; url: string; log: (t: string) => void }): Promise<{ rows: RenderRow[]; checks: BudgetCheck[] }> {
  const { root, scratch, browser, url, log } = options;
  const rows: RenderRow[] = [];
  const checks: BudgetCheck[] = [];
  const check = (row: string, text: string, measured: string, ok: boolean) => checks.push({ row, level: 'budget', text, measured, ok });

  // renderSvg, warm: every default figure, 20 runs after one warm-up.
  for (const html of DEFAULT_FIGURES) {
    await renderSvg(html);
    const runs: number[] = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      await renderSvg(html);
      runs.push(performance.now() - start);
    }
    const name = `renderSvg · ${html.replace(/><\/.*$/, '>')}`;
    const value = median(runs);
    rows.push({ name, measured: ms(value), detail: `median of 20 warm runs, min ${ms(Math.min(...runs))}, max ${ms(Math.max(...runs))}` });
    check(name, 'renderSvg warm median ≤ 10 ms', ms(value), value <= 10);
  }

  // The CLI as a whole cold process, against mmdc on the same figure's Mermaid text.
  const bin = join(root, 'packages', 'render', 'bin', 'k8s-diagrams.js');
  mkdirSync(scratch, { recursive: true });
  const ours: number[] = [];
  const theirs: number[] = [];
  const mermaidInput = join(scratch, 'control-plane.mmd');
  writeFileSync(mermaidInput, modelToMermaid(figures.controlPlane.model(0)));
  const puppeteer = join(scratch, 'puppeteer.json');
  writeFileSync(puppeteer, JSON.stringify({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] }));
  const mmdc = join(root, 'bench', 'node_modules', '.bin', 'mmdc');
  for (let i = 0; i < 5; i++) {
    ours.push(time(() => execFileSync(process.execPath, [bin, 'render', DEFAULT_FIGURES[0]!, '-o', join(scratch, 'ours.svg')], { stdio: 'ignore' })));
    if (i < 3) {
      const run = () => {
        const out = spawnSync(mmdc, ['-p', puppeteer, '-i', mermaidInput, '-o', join(scratch, 'mermaid.svg'), '-q'], { stdio: 'ignore', env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } });
        if (out.status !== 0) throw new Error(`mmdc exited with ${out.status}`);
      };
      theirs.push(time(run));
    }
  }
  const factor = median(theirs) / median(ours);
  const cliName = 'CLI, cold process · <k8s-control-plane> to SVG, vs mmdc';
  rows.push({ name: cliName, measured: `${ms(median(ours))} vs ${ms(median(theirs))} (${factor.toFixed(1)}× faster)`, detail: 'medians: 5 runs of `k8s-diagrams render`, 3 of `mmdc` (Mermaid CLI, system Chromium through a puppeteer config) on the same figure as Mermaid text' });
  check(cliName, 'the CLI ≥ 10× faster than mmdc', `${factor.toFixed(1)}×`, factor >= 10);

  // Animated SVG of kubectl-apply on the default cluster.
  const animated = await renderAnimatedSvg('<k8s-cluster></k8s-cluster>', { scenario: 'kubectl-apply' });
  const gzip = gzipSync(animated, { level: 9 }).length;
  const animatedName = 'animated SVG · kubectl-apply on <k8s-cluster>';
  rows.push({ name: animatedName, measured: `${(gzip / 1024).toFixed(1)} KB gzip`, detail: `${(animated.length / 1024).toFixed(0)} KB raw, fonts embedded` });
  check(animatedName, 'animated SVG ≤ 60 KB gzip', `${(gzip / 1024).toFixed(1)} KB`, gzip <= 60 * 1024);

  // First paint: the same page drawn by script, and prerendered.
  const { prerenderHtml } = await import('@k8s-diagrams/render');
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LCP</title><script type="module" src="/packages/elements/dist/k8s-diagrams.bundle.js"></script></head><body style="margin:0"><k8s-cluster></k8s-cluster></body></html>`;
  const pages = join(root, 'bench', 'results', 'tmp', 'site', 'lcp');
  mkdirSync(pages, { recursive: true });
  writeFileSync(join(pages, 'script.html'), page);
  writeFileSync(join(pages, 'prerendered.html'), (await prerenderHtml(page)).html);
  const without: number[] = [];
  const withPre: number[] = [];
  for (let i = 0; i < 3; i++) {
    without.push(await lcp(browser, `${url}/lcp/script.html`));
    withPre.push(await lcp(browser, `${url}/lcp/prerendered.html`));
  }
  rows.push({ name: 'LCP · <k8s-cluster> drawn by script, and prerendered', measured: `${ms(median(without))} → ${ms(median(withPre))}`, detail: 'Largest Contentful Paint, median of 3 loads each; the prerendered page paints the figure from its HTML' });

  // Prerender a generated site of 100 pages and 300 figures, cold, as a whole process.
  const site = join(scratch, 'site');
  const count = writeSite(site, 100);
  const seconds = time(() => execFileSync(process.execPath, [bin, 'prerender', '**/*.html'], { cwd: site, stdio: 'ignore' })) / 1000;
  const written = readFileSync(join(site, 'section-0', 'page-0.html'), 'utf8').includes('shadowrootmode');
  const siteName = `prerender · 100 pages, ${count} figures (defaults and custom topologies)`;
  rows.push({ name: siteName, measured: `${seconds.toFixed(1)} s`, detail: 'cold, `k8s-diagrams prerender` as one process' });
  check(siteName, 'prerender of 100 pages ≤ 10 s', `${seconds.toFixed(1)} s${written ? '' : ' (no figure written!)'}`, seconds <= 10 && written);
  log(`render rows: ${rows.length}`);
  return { rows, checks };
}

export function renderTable(rows: readonly RenderRow[]): string {
  return ['| Row | Measured | How |', '|---|---:|---|', ...rows.map((r) => `| ${r.name.replace(/</g, '&lt;')} | ${r.measured} | ${r.detail ?? ''} |`)].join('\n');
}
