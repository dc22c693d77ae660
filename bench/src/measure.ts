// How each kind of row is measured. Pages live in bench/pages/; everything timed runs in
// the page (performance.now), Node only orchestrates.
import { gzipSync } from 'node:zlib';
import { validateModel, type Model } from '@k8s-diagrams/core';
import { layoutModel, toElk } from '@k8s-diagrams/layout/pipeline';
import { nodeElkFactory } from '@k8s-diagrams/layout/node';
import type { ElkNode } from '@k8s-diagrams/layout';
import type { Page, Response } from 'playwright-core';
import { call, closePage, heapAfterGc, openPage, type Site } from './browser.js';
import { beyondReferences } from './fetched.js';
import { modelToMermaid, type MermaidLayout } from './mermaid-text.js';
import { blocking, frameStats, intervals, summarize, type FrameStats, type TaskEntry } from './stats.js';
import type { BytesSide, FetchedFile, Figure, FramesResult, ManyResult, PlayersPlace, Row, RowResult, Side, SnapshotResult, TimedSide } from './types.js';
import { MERMAID_SIDES } from './types.js';

/**
 * Warm repetitions after the cold run: FAST_REPS when the cold run took under FAST_MS (cheap,
 * and medians of small numbers need them), REPS up to SLOW_MS, SLOW_REPS above.
 */
export const FAST_REPS = 11;
export const FAST_MS = 2000;
export const REPS = 5;
export const SLOW_REPS = 3;
export const SLOW_MS = 5000;

export function repetitions(coldMs: number): number {
  return coldMs > SLOW_MS ? SLOW_REPS : coldMs < FAST_MS ? FAST_REPS : REPS;
}
const FRAME_SAMPLE_MS = 2000;
const FRAME_WARMUP_MS = 1000;
/**
 * Where the player's sampling windows start, in ms after a beat began. At speed 0.25 a
 * beat lasts 7.2 s and its tokens travel during its first 5.76 s: two 2 s windows per beat,
 * the first after a 1 s warm-up, both inside the travel (the loop's restart is not sampled;
 * its longest task is reported on its own).
 */
export const PLAYER_WINDOW_OFFSETS = [1000, 3200] as const;
const RAF_WINDOW_MS = 2000;

const log = (text: string) => process.stderr.write(`${text}\n`);

/** The first line of an error, without Playwright's `page.evaluate: ` prefix. */
export function errorText(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0]!.replace(/^page\.evaluate: /, '');
}

function pageFor(side: Side): string {
  switch (side) {
    case 'ours':
      return '/bench/pages/ours.html';
    case 'elk-raw':
    case 'elk-whole':
      return '/bench/pages/elk-raw.html';
    case 'mermaid-dagre':
      return '/bench/pages/mermaid.html?layout=dagre';
    case 'mermaid-elk':
      return '/bench/pages/mermaid.html?layout=elk';
  }
}

const mermaidLayout = (side: Side): MermaidLayout => (side === 'mermaid-elk' ? 'elk' : 'dagre');

/** The ELK graphs our layout sends for a model, recorded by running the same pipeline in Node. */
export async function elkGraphs(model: Model): Promise<ElkNode[]> {
  const elk = await nodeElkFactory();
  const graphs: ElkNode[] = [];
  await layoutModel(validated(model), async (graph) => {
    graphs.push(JSON.parse(JSON.stringify(graph)) as ElkNode);
    return elk.layout(JSON.parse(JSON.stringify(graph)) as ElkNode);
  });
  return graphs;
}

/** The whole model as one ELK graph: what a layout in one pass (no per-worker graphs) would send. */
export function wholeElkGraph(model: Model): ElkNode {
  return JSON.parse(JSON.stringify(toElk(validated(model)).graph)) as ElkNode;
}

/** The model as the element sees it after validation; a bench figure that fails it is a bug. */
function validated(model: Model): Model {
  const checked = validateModel(model);
  if (!checked.ok) throw new Error(`invalid model: ${checked.errors[0]?.message.en}`);
  return checked.value;
}

interface DrawResult {
  ms: number;
  tasks: TaskEntry[];
  drawn: number;
  error?: string;
  elkGraphs?: number;
  whileElk?: TaskEntry[];
  render?: TaskEntry[];
  phases?: { beforeElk: number; elk: number; afterElk: number };
}

async function drawArg(figure: Figure, side: Side, rep: number): Promise<Record<string, unknown>> {
  if (side === 'ours') return { tag: figure.tag, attrs: figure.attrs ?? {}, ...(figure.fresh ? { model: figure.model(rep) } : {}) };
  if (side === 'elk-raw') return { graphs: await elkGraphs(figure.model(rep)) };
  if (side === 'elk-whole') return { graphs: [wholeElkGraph(figure.model(rep))] };
  return { text: modelToMermaid(figure.model(rep), { layout: mermaidLayout(side), idPrefix: `r${rep}n` }), id: `mermaid-${rep}` };
}

/** One side of a timed row: its own page, its cold run, then its warm repetitions. */
interface SideRun {
  side: Side;
  page?: Page;
  draw?: (rep: number) => Promise<DrawResult>;
  first?: DrawResult;
  reps: number;
  results: DrawResult[];
  error?: string;
}

function sideResult(figure: Figure, run: SideRun): TimedSide {
  const empty = summarize([]);
  const { side, first, results } = run;
  if (run.error || !first) return { side, cold: Number.NaN, runs: [], time: empty, longest: empty, tbt: empty, coldLongest: Number.NaN, error: run.error ?? 'not measured' };
  const warm = results.map((r) => blocking(r.tasks));
  const out: TimedSide = {
    side,
    cold: first.ms,
    runs: results.map((r) => r.ms),
    time: summarize(results.map((r) => r.ms)),
    longest: summarize(warm.map((b) => b.longest)),
    tbt: summarize(warm.map((b) => b.tbt)),
    coldLongest: blocking(first.tasks).longest,
    drawn: first.drawn,
  };
  if (first.elkGraphs) out.elkGraphs = first.elkGraphs;
  if (side === 'ours' && figure.fresh) {
    out.whileElk = summarize(results.map((r) => blocking(r.whileElk ?? []).longest));
    out.render = summarize(results.map((r) => blocking(r.render ?? []).longest));
    out.coldWhileElk = blocking(first.whileElk ?? []).longest;
    out.coldRender = blocking(first.render ?? []).longest;
    const phases = results.map((r) => r.phases).filter((p) => p !== undefined);
    if (phases.length)
      out.phases = {
        beforeElk: summarize(phases.map((p) => p.beforeElk)),
        elk: summarize(phases.map((p) => p.elk)),
        afterElk: summarize(phases.map((p) => p.afterElk)),
      };
  }
  return out;
}

/**
 * Times every side of a row: each on a fresh page of its own, whose first draw is the cold
 * run (also the warm-up); then the warm repetitions, interleaved across the sides (rep 1 of
 * each side, then rep 2…), so that a busy moment of the machine hits every side alike.
 */
async function timeRow(site: Site, figure: Figure, sides: readonly Side[]): Promise<TimedSide[]> {
  const runs: SideRun[] = sides.map((side) => ({ side, reps: 0, results: [] }));
  const attempt = async (run: SideRun, work: () => Promise<void>) => {
    if (run.error) return;
    try {
      await work();
    } catch (e) {
      run.error = errorText(e);
    }
  };
  try {
    for (const run of runs) {
      await attempt(run, async () => {
        const page = await openPage(site, pageFor(run.side));
        run.page = page;
        const cdp = await page.context().newCDPSession(page);
        // Garbage left by earlier repetitions is collected before each draw (every side
        // alike): a page's first diagram does not pay for earlier ones.
        run.draw = async (rep: number) => {
          const arg = await drawArg(figure, run.side, rep);
          await cdp.send('HeapProfiler.collectGarbage');
          const r = await call<DrawResult>(page, 'draw', arg);
          if (r.error) throw new Error(r.error);
          return r;
        };
        run.first = await run.draw(0);
        run.reps = repetitions(run.first.ms);
      });
    }
    const most = Math.max(0, ...runs.map((r) => (r.error ? 0 : r.reps)));
    for (let rep = 1; rep <= most; rep++)
      for (const run of runs)
        if (rep <= run.reps)
          await attempt(run, async () => {
            run.results.push(await run.draw!(rep));
          });
  } finally {
    for (const run of runs) if (run.page) await closePage(run.page);
  }
  return runs.map((run) => {
    const s = sideResult(figure, run);
    log(`    ${run.side}: ${s.error ? `error: ${s.error}` : `cold ${s.cold.toFixed(1)} ms, median ${s.time.median.toFixed(1)} ms over ${s.runs.length}`}`);
    return s;
  });
}

/** Sides that give context only: measured after the others, never interleaved with them. */
const CONTEXT_SIDES: readonly Side[] = ['elk-whole'];

/**
 * The row's sides, the context ones timed apart: raw elkjs on a whole 200-worker graph keeps
 * its worker busy (and collecting garbage) for seconds, which would slow the next side's draw
 * on a 2-core machine.
 */
async function timeRowSides(site: Site, figure: Figure, sides: readonly Side[]): Promise<TimedSide[]> {
  const main = sides.filter((s) => !CONTEXT_SIDES.includes(s));
  const context = sides.filter((s) => CONTEXT_SIDES.includes(s));
  const measured = [...(await timeRow(site, figure, main)), ...(context.length ? await timeRow(site, figure, context) : [])];
  return sides.map((side) => measured.find((m) => m.side === side)!);
}

/** JavaScript the page fetched over the network (bench harness files excluded), raw and gzip -9. */
async function fetchedJs(responses: Response[]): Promise<FetchedFile[]> {
  const files: FetchedFile[] = [];
  for (const r of responses) {
    const url = new URL(r.url());
    const isJs = r.request().resourceType() === 'script' || /\.(m?js)$/.test(url.pathname);
    if (!isJs || url.pathname.startsWith('/bench/pages/') || r.status() !== 200) continue;
    const body = await r.body();
    files.push({ path: url.pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return files;
}

async function bytesSide(site: Site, figure: Figure, side: Side): Promise<BytesSide> {
  const responses: Response[] = [];
  let page;
  try {
    page = await openPage(site, pageFor(side), (p) => p.on('response', (r) => void responses.push(r)));
    const r = await call<DrawResult>(page, 'draw', await drawArg(figure, side, 0));
    if (r.error) throw new Error(r.error);
    await page.waitForLoadState('networkidle');
    const files = await fetchedJs(responses);
    return { side, files, raw: files.reduce((s, f) => s + f.raw, 0), gzip: files.reduce((s, f) => s + f.gzip, 0) };
  } catch (e) {
    return { side, files: [], raw: Number.NaN, gzip: Number.NaN, error: errorText(e) };
  } finally {
    if (page) await closePage(page);
  }
}

/** Ours, and what each reference page fetched: the files beyond all of them are ours alone. */
async function bytesWithReferences(site: Site, row: Extract<Row, { kind: 'bytes' }>): Promise<BytesSide> {
  const ours = await bytesSide(site, row.figure, 'ours');
  if (!row.references?.length || ours.error) return ours;
  const references: NonNullable<BytesSide['references']> = [];
  for (const ref of row.references) {
    const r = await bytesSide(site, ref.figure, 'ours');
    if (r.error) return { ...ours, error: `reference ${ref.figure.label}: ${r.error}` };
    references.push({ what: ref.what, label: ref.figure.label, paths: r.files.map((f) => f.path) });
  }
  return { ...ours, references, beyond: beyondReferences(ours.files, references) };
}

interface FrameSample {
  stamps: number[];
  longest: number;
  before?: { animations: number; moving: number; tokens: number };
  after?: { animations: number; moving: number; tokens: number };
}

async function frames(site: Site, row: Extract<Row, { kind: 'frames' }>): Promise<FramesResult> {
  const page = await openPage(site, '/bench/pages/frames.html');
  try {
    const player = row.technique === 'player';
    const figure = row.figure ? { tag: row.figure.tag, attrs: row.figure.attrs ?? {} } : undefined;
    const info = await call<{ edges?: number; distinct?: number }>(page, 'setup', { technique: row.technique, tokens: row.tokens, figure });
    // The player's windows wait for their place in a beat (the first one after a warm-up).
    if (!player) await call(page, 'settle', FRAME_WARMUP_MS);
    const runs: FrameStats[] = [];
    const all: number[] = [];
    const longest: number[] = [];
    const counts = { moving: [] as number[], animations: [] as number[], tokens: [] as number[] };
    for (let i = 0; i < REPS; i++) {
      const offset = player ? PLAYER_WINDOW_OFFSETS[i % PLAYER_WINDOW_OFFSETS.length] : undefined;
      const s = await call<FrameSample>(page, 'sample', { ms: FRAME_SAMPLE_MS, offset });
      const times = intervals(s.stamps);
      runs.push(frameStats(times));
      all.push(...times);
      longest.push(s.longest);
      for (const c of [s.before, s.after])
        if (c) {
          counts.moving.push(c.moving);
          counts.animations.push(c.animations);
          counts.tokens.push(c.tokens);
        }
    }
    const out: FramesResult = {
      runs,
      all: frameStats(all),
      p95: summarize(runs.map((r) => r.p95)),
      overShare: summarize(runs.map((r) => r.overShare)),
      longest: summarize(longest),
    };
    if (player) {
      out.moving = summarize(counts.moving);
      out.animations = summarize(counts.animations);
      out.tokenElements = summarize(counts.tokens);
      if (info.distinct !== undefined) out.distinct = info.distinct;
      if (info.edges !== undefined) out.edges = info.edges;
      const r = await call<{ restarts: number; longest: number }>(page, 'restarts', null);
      out.restarts = { count: r.restarts, longest: r.longest };
      // A window where fewer tokens moved did not measure this row's load.
      if (out.moving.min < row.tokens) out.error = `only ${out.moving.min} of ${row.tokens} tokens were moving at a window's start or end`;
    }
    return out;
  } catch (e) {
    const empty = summarize([]);
    return { runs: [], all: frameStats([]), p95: empty, overShare: empty, error: errorText(e) };
  } finally {
    await closePage(page);
  }
}

/** A diagram list without its players: the same page, static. */
function withoutScenarios(diagrams: Extract<Row, { kind: 'many' }>['diagrams']): Extract<Row, { kind: 'many' }>['diagrams'] {
  return diagrams.map(({ tag, attrs = {} }) => {
    const rest = Object.fromEntries(Object.entries(attrs).filter(([k]) => !['scenario', 'autoplay', 'loop', 'speed', 'controls'].includes(k)));
    return { tag, attrs: rest };
  });
}

type PlayersState = NonNullable<ManyResult['players']>;

async function manyOnce(
  site: Site,
  row: Extract<Row, { kind: 'many' }>,
  layout: Extract<Row, { kind: 'many' }>['layout'],
  strip = false,
): Promise<{ value: number; players?: PlayersState }> {
  const page = await openPage(site, '/bench/pages/many.html');
  try {
    const diagrams = strip ? withoutScenarios(row.diagrams) : row.diagrams;
    const players: PlayersPlace = row.players ?? 'on-screen';
    const loaded = await call<{ count: number; errors: number; players: number; playing: number }>(page, 'load', { diagrams, layout, players });
    if (loaded.errors) throw new Error(`${loaded.errors} diagrams show an error`);
    if (loaded.playing < loaded.players) throw new Error(`only ${loaded.playing} of ${loaded.players} diagrams with a scenario started playing`);
    const value = row.metric === 'heap' ? await heapAfterGc(page) : await call<number>(page, 'countFrames', { ms: row.windowMs ?? RAF_WINDOW_MS });
    if (!loaded.players) return { value };
    const state = await call<PlayersState>(page, 'players', null);
    if (state.playing < state.count) throw new Error(`only ${state.playing} of ${state.count} players were still playing after the measurement`);
    return { value, players: state };
  } finally {
    await closePage(page);
  }
}

async function many(site: Site, row: Extract<Row, { kind: 'many' }>): Promise<ManyResult> {
  try {
    // Warm-up (disk cache, JIT of the test runner); a count of calls needs none.
    if (row.repetitions === undefined) await manyOnce(site, row, row.layout);
    const runs: number[] = [];
    let players: PlayersState | undefined;
    for (let i = 0; i < (row.repetitions ?? REPS); i++) {
      const r = await manyOnce(site, row, row.layout);
      runs.push(r.value);
      players = r.players;
    }
    const out: ManyResult = { runs, value: summarize(runs) };
    if (players) out.players = players;
    if (row.metric === 'heap' && row.withoutScenarios) {
      const base: number[] = [];
      for (let i = 0; i < REPS; i++) base.push((await manyOnce(site, row, row.layout, true)).value);
      out.withoutScenarios = summarize(base);
    } else if (row.metric === 'heap') {
      const base: number[] = [];
      for (let i = 0; i < REPS; i++) base.push((await manyOnce(site, row, 'none')).value);
      out.baseline = summarize(base);
    }
    return out;
  } catch (e) {
    return { runs: [], value: summarize([]), error: errorText(e) };
  }
}

/** Measures one row; `earlier` are the rows measured before it (a frames row takes the empty page's as its baseline). */
/**
 * A snapshot row on its own page (bench/pages/snapshot.html), which generates its data with
 * examples/data/kube-objects.mjs: a cold run, then REPS warm ones on the same page.
 */
async function snapshot(site: Site, row: Extract<Row, { kind: 'snapshot' }>): Promise<SnapshotResult> {
  let page: Page | undefined;
  try {
    page = await openPage(site, '/bench/pages/snapshot.html');
    const runs: number[] = [];
    const longest: number[] = [];
    let size = 0;
    let chars = 0;
    for (let rep = 0; rep <= SLOW_REPS; rep++) {
      const r = await call<{ ms: number; longest: number; size: number; chars: number }>(page, row.what, { nodes: row.nodes, pods: row.pods, events: row.events ?? 0 });
      if (rep === 0) continue; // cold: modules, worker and JIT
      runs.push(r.ms);
      longest.push(r.longest);
      size = r.size;
      chars = r.chars;
    }
    return { runs, time: summarize(runs), longest: summarize(longest), size, chars };
  } catch (e) {
    return { runs: [], time: summarize([]), longest: summarize([]), error: errorText(e) };
  } finally {
    if (page) await closePage(page);
  }
}

export async function measureRow(site: Site, row: Row, earlier: readonly RowResult[] = []): Promise<RowResult> {
  switch (row.kind) {
    case 'bytes': {
      const sides: BytesSide[] = [await bytesWithReferences(site, row)];
      for (const layout of row.mermaid ?? []) sides.push(await bytesSide(site, row.figure, MERMAID_SIDES[layout]));
      return { kind: 'bytes', name: row.name, sides };
    }
    case 'first-diagram': {
      const sides = await timeRowSides(site, row.figure, row.sides);
      const out: RowResult = { kind: 'first-diagram', name: row.name, components: row.figure.model(0).components.length, sides };
      if (row.scaling) out.scaling = true;
      return out;
    }
    case 'frames': {
      const out: RowResult = { kind: 'frames', name: row.name, technique: row.technique, tokens: row.tokens, result: await frames(site, row) };
      const empty = earlier.find((r) => r.kind === 'frames' && r.technique === 'empty');
      if (row.technique !== 'empty' && empty?.kind === 'frames') out.baseline = empty.result;
      return out;
    }
    case 'snapshot':
      return { kind: 'snapshot', name: row.name, what: row.what, result: await snapshot(site, row) };
    case 'many': {
      const out: RowResult = { kind: 'many', name: row.name, metric: row.metric, diagrams: row.diagrams.length, result: await many(site, row) };
      if (row.players) out.players = row.players;
      if (row.windowMs) out.windowMs = row.windowMs;
      return out;
    }
  }
}
