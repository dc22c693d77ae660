// Where does the main thread spend a custom topology's first diagram? Builds an unminified
// copy of the entry (names kept) into results/tmp/profile-dist, draws a custom cluster in
// headless Chromium under the CDP sampling profiler, and prints the functions with the most
// self time and the most total time, with their source files.
//
//   pnpm --filter @k8s-diagrams/bench profile [--workers 50] [--runs 5] [--no-build]
//   pnpm --filter @k8s-diagrams/bench profile --tag k8s-worker-node   (a default figure, from its preset)
//   pnpm --filter @k8s-diagrams/bench profile --frames 1000           (the player's N tokens on workers="50":
//                                                                      where each frame goes while they move)
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../test/support/static-server.js';
import { call, closePage, openPage, type Site } from './browser.js';
import { customCluster } from './figures.js';
import { PLAYER_WINDOW_OFFSETS } from './measure.js';
import { frameStats, intervals } from './stats.js';

const BENCH = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(BENCH, '..');
const OUT = join(BENCH, 'results', 'tmp', 'profile-dist');
const args = process.argv.slice(2);
const arg = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const workers = arg('--workers', 50);
const runs = arg('--runs', 5);
const tag = args.includes('--tag') ? args[args.indexOf('--tag') + 1]! : undefined;
const frameTokens = args.includes('--frames') ? arg('--frames', 1000) : undefined;

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
  // Chunks beside the entry, as in dist/: the ELK worker is found next to the module that starts it.
  chunkNames: '[name]-[hash]',
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
const bundle = `/${join('bench/results/tmp/profile-dist', 'k8s-diagrams.bundle.js')}`;
if (frameTokens !== undefined) {
  await profileFrames({ browser, url: server.url }, frameTokens);
  await browser.close();
  await server.close();
  process.exit(0);
}
const custom = customCluster(workers, 3);
/** What one draw sends: a default figure's tag (its preset), or a renamed custom cluster model. */
const drawArg = (rep: number) => (tag ? { tag } : { tag: custom.tag, model: custom.model(rep) });
const page = await openPage({ browser, url: server.url }, `/bench/pages/ours.html?bundle=${encodeURIComponent(bundle)}`);
const cdp = await page.context().newCDPSession(page);
/** One draw; a draw that ends on an error message would profile the wrong thing, so it stops the run. */
interface DrawResult {
  ms: number;
  error?: string;
  tasks: Array<{ startTime: number; duration: number }>;
  elkWindow?: { t0: number; first: number; last: number; t1: number };
}
const longTasks: string[] = [];
async function drawOnce(rep: number): Promise<number> {
  const out = await call<DrawResult>(page, 'draw', drawArg(rep));
  if (out.error) throw new Error(`draw ${rep} showed an error instead of the diagram: ${out.error}`);
  // Long tasks (over 50 ms) by their start from the insertion, and where ELK's answer falls.
  const t0 = out.elkWindow?.t0;
  if (t0 !== undefined && out.elkWindow) {
    const { first, last } = out.elkWindow;
    const at = (t: number) => `${(t - t0).toFixed(0)}`;
    const tasks = out.tasks.map((t) => `${t.duration.toFixed(0)} ms at +${at(t.startTime)}`).join(', ') || 'none';
    longTasks.push(`draw ${rep}: ELK from +${at(first)} to +${at(last)} ms; long tasks: ${tasks}`);
  }
  return out.ms;
}
await drawOnce(0); // cold run, not profiled
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const times: number[] = [];
for (let rep = 1; rep <= runs; rep++) times.push(await drawOnce(rep));
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };

// A Chromium performance trace of more draws: where the renderer's main thread goes
// (script, style recalculation, layout, GC), summed by trace event name.
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
for (let rep = runs + 1; rep <= 2 * runs; rep++) await drawOnce(rep);
const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
  traceEvents: Array<{ name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }>;
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
console.log(`\nLong tasks of every draw (the cold one, the profiled ones, the traced ones; under the profiler or the trace, so slower):\n${longTasks.map((l) => `    ${l}`).join('\n')}`);
console.log(`\nChromium trace, renderer main thread, ${runs} more draws (ms per draw, events nest):`);
for (const name of wanted) if (byName.has(name)) console.log(`${(byName.get(name)! / runs).toFixed(1).padStart(8)} ms  ${name}`);
// Each task over 50 ms, and what it spent its time on (the phases it contains).
const phases = ['v8.callFunction', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'MinorGC', 'MajorGC'];
const long = events.filter((e) => e.name === 'RunTask' && e.dur! > 50_000);
console.log(`\nTasks over 50 ms in the traced draws (${long.length}):`);
for (const task of long) {
  const inside = events.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
  const parts = phases
    .map((name) => [name, inside.filter((e) => e.name === name).reduce((sum, e) => sum + e.dur! / 1000, 0)] as const)
    .filter(([, ms]) => ms >= 1)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`);
  console.log(`${(task.dur! / 1000).toFixed(0).padStart(8)} ms  ${parts.join(' · ')}`);
}

type TraceEvent = { name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } };

/** Summed durations of complete events per name on each named thread of interest. */
function threadTotals(events: TraceEvent[], threads: readonly string[]): Map<string, Map<string, number>> {
  const names = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
  const out = new Map<string, Map<string, number>>();
  for (const e of events) {
    const thread = names.get(`${e.pid}:${e.tid}`);
    if (!thread || !threads.includes(thread) || e.ph !== 'X' || e.dur === undefined) continue;
    const m = out.get(thread) ?? new Map<string, number>();
    m.set(e.name, (m.get(e.name) ?? 0) + e.dur / 1000);
    out.set(thread, m);
  }
  return out;
}

/**
 * The frames rows' player with N tokens, profiled while they move: one sampling window
 * (inside the tokens' travel) under a Chromium trace (light categories, so that per-frame
 * costs stay close to an unprofiled run), then another under the CDP sampling profiler.
 * Prints the frame stats of each, the renderer main thread's lifecycle phases per frame,
 * the busiest trace events of the compositor and raster threads, and the functions with
 * the most self time.
 */
async function profileFrames(site: Site, tokens: number): Promise<void> {
  const page = await openPage(site, `/bench/pages/frames.html?bundle=${encodeURIComponent(bundle)}`);
  await call(page, 'setup', { technique: 'player', tokens, figure: { tag: 'k8s-cluster', attrs: { workers: '50' } } });
  type Sample = { stamps: number[]; before?: { moving: number } };
  const window = () => call<Sample>(page, 'sample', { ms: 4000, offset: PLAYER_WINDOW_OFFSETS[0] });
  const stats = (label: string, s: Sample) => {
    const f = frameStats(intervals(s.stamps));
    console.log(`${label}: ${tokens} tokens on <k8s-cluster workers="50"> (${s.before?.moving ?? '?'} moving), ${f.frames} frames in 4 s, p95 ${f.p95.toFixed(1)} ms, mean ${f.mean.toFixed(1)} ms, ${(f.overShare * 100).toFixed(1)} % over 20 ms`);
    return f;
  };

  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const traced = stats('traced window', await window());
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  writeFileSync(join(BENCH, 'results', 'tmp', `profile-frames-${tokens}.trace.json`), JSON.stringify(trace));
  const threads = ['CrRendererMain', 'Compositor', 'CompositorTileWorker1', 'VizCompositorThread'];
  const totals = threadTotals(trace.traceEvents, threads);
  const main = totals.get('CrRendererMain') ?? new Map<string, number>();
  const phases = ['RunTask', 'ProxyMain::BeginMainFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit', 'FunctionCall', 'TimerFire', 'FireAnimationFrame', 'MinorGC', 'MajorGC', 'V8.GC_SCAVENGER'];
  console.log(`\nCrRendererMain, ms per frame (events nest; UpdateLayoutTree = style recalculation):`);
  for (const name of phases) if (main.has(name)) console.log(`${(main.get(name)! / traced.frames).toFixed(2).padStart(8)} ms  ${name}`);
  for (const thread of threads.slice(1)) {
    const m = totals.get(thread);
    if (!m) continue;
    console.log(`\n${thread}, busiest trace events, ms per frame:`);
    for (const [name, ms] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(`${(ms / traced.frames).toFixed(2).padStart(8)} ms  ${name}`);
  }

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await call(page, 'align', { offset: PLAYER_WINDOW_OFFSETS[0] });
  await cdp.send('Profiler.start');
  const sampled = await call<Sample>(page, 'sample', { ms: 4000 });
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await closePage(page);
  writeFileSync(join(BENCH, 'results', 'tmp', `profile-frames-${tokens}.cpuprofile`), JSON.stringify(profile));
  const f = stats('\nprofiled window', sampled);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    if (n.callFrame.functionName === '(idle)') return;
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    const file = n.callFrame.url.replace(site.url, '');
    const k = `${n.callFrame.functionName || '(anonymous)'}  ${file}${file ? `:${n.callFrame.lineNumber + 1}` : ''}`;
    self.set(k, (self.get(k) ?? 0) + dt);
  });
  console.log('main thread, CPU profile inside the window, self time per frame ((program) is the renderer\'s own work: style, paint, compositing):');
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${(v / f.frames).toFixed(2).padStart(8)} ms  ${k}`);
}
