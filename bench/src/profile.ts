// Where does the main thread spend a custom topology's first diagram? Builds an unminified
// copy of the entry (names kept) into results/tmp/profile-dist, draws a custom cluster in
// headless Chromium under the CDP sampling profiler, and prints the functions with the most
// self time and the most total time, with their source files.
//
//   pnpm --filter @k8s-diagrams/bench profile [--workers 50] [--runs 5] [--no-build]
//   pnpm --filter @k8s-diagrams/bench profile --tag k8s-worker-node   (a default figure, from its preset)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../test/support/static-server.js';
import { call, closePage, openPage } from './browser.js';
import { customCluster } from './figures.js';

const BENCH = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(BENCH, '..');
const OUT = join(BENCH, 'results', 'tmp', 'profile-dist');
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const workers = arg('--workers', 50);
const runs = arg('--runs', 5);
const tag = args.includes('--tag') ? args[args.indexOf('--tag') + 1]! : undefined;

if (!args.includes('--no-build') || !existsSync(join(ROOT, 'packages/elements/dist/elk.worker.js')))
  execFileSync('pnpm', ['build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: { 'k8s-diagrams.bundle': join(ROOT, 'packages/elements/src/k8s-diagrams.ts') },
  outdir: OUT,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  conditions: ['source'],
  minify: false,
  keepNames: true,
  logLevel: 'warning',
});
copyFileSync(join(ROOT, 'packages/elements/dist/elk.worker.js'), join(OUT, 'elk.worker.js'));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { launchChromium } = (await import(new URL('../../scripts/chromium.mjs', import.meta.url).href)) as {
  launchChromium: () => Promise<Browser>;
};
const server = await serveStatic(ROOT);
const browser = await launchChromium();
const custom = customCluster(workers, 3);
/** What one draw sends: a default figure's tag (its preset), or a renamed custom cluster model. */
const drawArg = (rep: number) => (tag ? { tag } : { tag: custom.tag, model: custom.model(rep) });
const bundle = `/${join('bench/results/tmp/profile-dist', 'k8s-diagrams.bundle.js')}`;
const page = await openPage({ browser, url: server.url }, `/bench/pages/ours.html?bundle=${encodeURIComponent(bundle)}`);
const cdp = await page.context().newCDPSession(page);
await call(page, 'draw', drawArg(0)); // cold run, not profiled
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const times: number[] = [];
for (let rep = 1; rep <= runs; rep++) times.push((await call<{ ms: number }>(page, 'draw', drawArg(rep))).ms);
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };

// A Chromium performance trace of more draws: where the renderer's main thread goes
// (script, style recalculation, layout, GC), summed by trace event name.
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
for (let rep = runs + 1; rep <= 2 * runs; rep++) await call(page, 'draw', drawArg(rep));
const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
  traceEvents: Array<{ name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } }>;
};
await closePage(page);
await browser.close();
await server.close();
writeFileSync(join(BENCH, 'results', 'tmp', `profile-${tag ?? workers}.cpuprofile`), JSON.stringify(profile));

// Self and total time per function (a function counts once per sample in its total).
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const key = (n: ProfileNode) => {
  const file = n.callFrame.url.replace(server.url, '').replace(/^\/bench\/results\/tmp\/profile-dist\//, '');
  return `${n.callFrame.functionName || '(anonymous)'}  ${file || ''}${file ? `:${n.callFrame.lineNumber + 1}` : ''}`;
};
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = (profile.timeDeltas[i] ?? 0) / 1000;
  const node = byId.get(id)!;
  if (node.callFrame.functionName === '(idle)' || node.callFrame.functionName === '(program)') return;
  all += dt;
  self.set(key(node), (self.get(key(node)) ?? 0) + dt);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const k = key(byId.get(cur)!);
    if (seen.has(k)) continue;
    seen.add(k);
    total.set(k, (total.get(k) ?? 0) + dt);
  }
});
const top = (m: Map<string, number>, n: number) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${(v / runs).toFixed(1).padStart(8)} ms/run  ${((100 * v) / all).toFixed(1).padStart(5)} %  ${k}`)
    .join('\n');
console.log(`${tag ? `<${tag}>` : custom.label}: ${runs} warm draws, ${times.map((t) => t.toFixed(0)).join(', ')} ms; busy main thread ${(all / runs).toFixed(1)} ms/run`);
console.log('\nSelf time:\n' + top(self, 30));
console.log('\nTotal time (inclusive):\n' + top(total, 45));

const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const events = trace.traceEvents.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined);
const byName = new Map<string, number>();
for (const e of events) byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur! / 1000);
const wanted = ['RunTask', 'FunctionCall', 'EvaluateScript', 'v8.callFunction', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER', 'V8.GC_MARK_COMPACTOR', 'HitTest', 'ParseHTML'];
console.log(`\nChromium trace, renderer main thread, ${runs} more draws (ms per draw, events nest):`);
for (const name of wanted) if (byName.has(name)) console.log(`${(byName.get(name)! / runs).toFixed(1).padStart(8)} ms  ${name}`);
