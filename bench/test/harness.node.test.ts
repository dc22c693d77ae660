// The benchmark's pure parts: statistics, the Mermaid text, budget checks, the chart and
// the table. No timing is asserted here (timings are only ever reported by `pnpm bench`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isGroupKind, presetFigures, resolveScenario, type Model } from '@k8s-diagrams/core';
import { crowdedScenario, routes } from '../pages/crowd.js';
import { budgetsMet, budgets, checkAll, checkBudget, describeBudget } from '../src/budgets.js';
import { escapeXml, lineChart, logTicks } from '../src/chart.js';
import { addedBy, beyondReferences, fileName } from '../src/fetched.js';
import { clusterModel, customCluster, renameIds } from '../src/figures.js';
import { mermaidLabel, modelToMermaid } from '../src/mermaid-text.js';
import { README_END, README_START, readmeSummary, spliceReadme } from '../src/readme-summary.js';
import { markdownTable, scalingChart, scalingData } from '../src/report.js';
import { ROWS } from '../src/rows.js';
import { blocking, frameStats, intervals, median, percentile, summarize, tasksIn } from '../src/stats.js';
import type { BenchResults, BytesSide, FramesResult, Row, RowResult, TimedSide } from '../src/types.js';

describe('statistics', () => {
  it('median of odd and even counts, and of nothing', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
  });

  it('summarize gives median, min, max and count without reordering the input', () => {
    const values = [9, 2, 7, 4, 5];
    assert.deepEqual(summarize(values), { n: 5, median: 5, min: 2, max: 9 });
    assert.deepEqual(values, [9, 2, 7, 4, 5]);
    assert.equal(summarize([]).n, 0);
  });

  it('p95 by nearest rank', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    assert.equal(percentile(twenty, 95), 19);
    assert.equal(percentile(twenty, 100), 20);
    assert.equal(percentile([7], 95), 7);
    assert.equal(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 100], 95), 100);
  });

  it('frame stats from requestAnimationFrame timestamps', () => {
    const stamps = [0, 16, 32, 48, 80, 96];
    assert.deepEqual(intervals(stamps), [16, 16, 16, 32, 16]);
    const f = frameStats(intervals(stamps));
    assert.equal(f.frames, 5);
    assert.equal(f.p95, 32);
    assert.equal(f.overShare, 0.2);
    assert.equal(frameStats([]).frames, 0);
  });

  it('long tasks: overlap with a window, longest and total blocking time', () => {
    const tasks = [
      { startTime: 0, duration: 60 },
      { startTime: 100, duration: 120 },
      { startTime: 400, duration: 55 },
    ];
    assert.deepEqual(tasksIn(tasks, 50, 150), tasks.slice(0, 2));
    assert.deepEqual(tasksIn(tasks, 300, 350), []);
    assert.deepEqual(blocking(tasks), { longest: 120, tbt: 10 + 70 + 5 });
    assert.deepEqual(blocking([]), { longest: 0, tbt: 0 });
  });
});

/** Parses our Mermaid output back: nodes, subgraph nesting and arrows. */
function parseMermaid(text: string) {
  const nodes = new Map<string, { label: string; parent?: string }>();
  const subgraphs = new Map<string, { label: string; parent?: string }>();
  const edges: Array<{ from: string; arrow: string; to: string }> = [];
  const stack: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    let m: RegExpMatchArray | null;
    if ((m = line.match(/^subgraph (\S+)\["([^"]*)"\]$/))) {
      subgraphs.set(m[1]!, { label: m[2]!, ...(stack.length ? { parent: stack[stack.length - 1]! } : {}) });
      stack.push(m[1]!);
    } else if (line === 'end') stack.pop();
    else if ((m = line.match(/^(\S+) (-->|<-->|-\.->|-\.-x) (\S+)$/))) edges.push({ from: m[1]!, arrow: m[2]!, to: m[3]! });
    else if ((m = line.match(/^(\S+)\["([^"]*)"\]$/))) nodes.set(m[1]!, { label: m[2]!, ...(stack.length ? { parent: stack[stack.length - 1]! } : {}) });
  }
  assert.equal(stack.length, 0, 'every subgraph is closed');
  return { nodes, subgraphs, edges };
}

describe('Mermaid text from a model', () => {
  const model: Model = {
    components: [
      { id: 'kubectl', kind: 'kubectl' },
      { id: 'cluster', kind: 'cluster' },
      { id: 'cp', kind: 'control-plane', parent: 'cluster' },
      { id: 'api', kind: 'apiserver', parent: 'cp' },
      { id: 'etcd-1', kind: 'etcd', label: 'etcd "one" <1>', parent: 'cp' },
      { id: 'etcd-2', kind: 'etcd', label: 'etcd-2', parent: 'cp' },
    ],
    edges: [
      { from: 'kubectl', to: 'api' },
      { from: 'api', to: 'etcd-1' },
      { from: 'etcd-1', to: 'etcd-2', kind: 'peer' },
    ],
  };

  it('maps components to nodes, groups to nested subgraphs, edges to arrows', () => {
    const text = modelToMermaid(model);
    assert.ok(text.startsWith('flowchart TD\n'));
    const parsed = parseMermaid(text);
    assert.deepEqual([...parsed.subgraphs.keys()], ['n1', 'n2']);
    assert.equal(parsed.subgraphs.get('n2')!.parent, 'n1');
    assert.equal(parsed.nodes.get('n3')!.parent, 'n2');
    assert.equal(parsed.nodes.get('n0')!.parent, undefined);
    assert.equal(parsed.nodes.get('n0')!.label, 'kubectl');
    assert.deepEqual(parsed.edges, [
      { from: 'n0', arrow: '-->', to: 'n3' },
      { from: 'n3', arrow: '-->', to: 'n4' },
      { from: 'n4', arrow: '<-->', to: 'n5' },
    ]);
  });

  it('escapes quotes and markup in labels', () => {
    assert.equal(mermaidLabel('a "b" <c> #d'), 'a #quot;b#quot; #lt;c#gt; #35;d');
    assert.ok(modelToMermaid(model).includes('n4["etcd #quot;one#quot; #lt;1#gt;"]'));
  });

  it('puts the ELK layout in front matter and varies node ids by prefix', () => {
    const text = modelToMermaid(model, { layout: 'elk', idPrefix: 'r3n' });
    assert.ok(text.startsWith('---\nconfig:\n  layout: elk\n---\nflowchart TD\n'));
    assert.ok(text.includes('r3n0["kubectl"]'));
    assert.ok(!/\bn0\[/.test(text));
  });

  it('draws every component and edge of every default figure exactly once', () => {
    for (const { name, model: m } of presetFigures()) {
      const parsed = parseMermaid(modelToMermaid(m));
      const groups = m.components.filter((c) => isGroupKind(c.kind)).length;
      assert.equal(parsed.subgraphs.size, groups, name);
      assert.equal(parsed.nodes.size, m.components.length - groups, name);
      assert.equal(parsed.edges.length, m.edges.length, name);
    }
  });

  it('rejects an edge to an unknown component', () => {
    assert.throws(() => modelToMermaid({ components: [{ id: 'a', kind: 'pod' }], edges: [{ from: 'a', to: 'b' }] }));
  });
});

describe('fresh models for custom topologies', () => {
  it('prefixes every id (same lengths, same order), keeps labels and links', () => {
    const base = clusterModel({ workers: '3', pods: '3' });
    const a = renameIds(base, 1);
    const b = renameIds(base, 2);
    assert.equal(a.components.length, base.components.length);
    base.components.forEach((c, i) => {
      const x = a.components[i]!;
      assert.equal(x.id, `r01.${c.id}`);
      assert.equal(x.id.length, b.components[i]!.id.length);
      assert.equal(x.kind, c.kind);
      assert.deepEqual(x.label, c.label);
      assert.equal(x.parent, c.parent === undefined ? undefined : `r01.${c.parent}`);
    });
    assert.deepEqual(a.edges.map((e) => [e.from, e.to]), base.edges.map((e) => [`r01.${e.from}`, `r01.${e.to}`]));
    const order = (m: typeof base) => m.components.map((c) => c.id).sort().map((id) => id.replace(/^r\d\d\./, ''));
    assert.deepEqual(order(a), order(base));
  });

  it('a custom cluster figure gives a different model at each repetition', () => {
    const f = customCluster(10, 3);
    assert.ok(f.fresh);
    assert.notDeepEqual(f.model(1), f.model(2));
    assert.equal(f.model(1).components.length, f.model(2).components.length);
  });
});

const timed = (side: TimedSide['side'], median: number, extra: Partial<TimedSide> = {}): TimedSide => ({
  side,
  cold: median * 2,
  runs: [median],
  time: { n: 5, median, min: median, max: median },
  longest: { n: 5, median: 0, min: 0, max: 0 },
  tbt: { n: 5, median: 0, min: 0, max: 0 },
  coldLongest: 0,
  ...extra,
});

describe('budgets', () => {
  const row = { name: 'r' };
  const first = (sides: TimedSide[]): RowResult => ({ kind: 'first-diagram', name: 'r', components: 10, sides });

  it('faster than Mermaid compares with its faster layout', () => {
    const result = first([timed('ours', 5), timed('mermaid-dagre', 60), timed('mermaid-elk', 40)]);
    assert.equal(checkBudget(row, budgets.fasterThanMermaid(10), result).ok, false); // 40 / 5 = 8
    assert.equal(checkBudget(row, budgets.fasterThanMermaid(8), result).ok, true);
    assert.equal(checkBudget(row, budgets.fasterThanMermaid(10, 'dagre'), result).ok, true);
  });

  it('a side that failed or is missing fails the budget', () => {
    const result = first([timed('ours', 5), timed('mermaid-dagre', 60, { error: 'boom' })]);
    assert.equal(checkBudget(row, budgets.fasterThanMermaid(10, 'dagre'), result).ok, false);
    assert.equal(checkBudget(row, budgets.withinFloor(), result).ok, false);
  });

  it('within the raw elkjs floor', () => {
    assert.equal(checkBudget(row, budgets.withinFloor(1.3), first([timed('ours', 130), timed('elk-raw', 100)])).ok, true);
    assert.equal(checkBudget(row, budgets.withinFloor(1.3), first([timed('ours', 131), timed('elk-raw', 100)])).ok, false);
  });

  it('main-thread tasks while ELK works count the cold run too; the render task is a target', () => {
    const quiet = { n: 5, median: 0, min: 0, max: 0 };
    const ok = first([timed('ours', 10, { whileElk: quiet, render: { n: 5, median: 80, min: 70, max: 99 }, coldWhileElk: 0 })]);
    assert.equal(checkBudget(row, budgets.noTaskWhileElk(50), ok).ok, true);
    assert.equal(checkBudget(row, budgets.renderTaskTarget(100), ok).ok, true);
    const cold = first([timed('ours', 10, { whileElk: quiet, render: { n: 5, median: 80, min: 70, max: 120 }, coldWhileElk: 70 })]);
    assert.equal(checkBudget(row, budgets.noTaskWhileElk(50), cold).ok, false);
    const render = checkBudget(row, budgets.renderTaskTarget(100), cold);
    assert.equal(render.ok, false);
    assert.equal(render.level, 'target');
    assert.equal(budgetsMet([render]), true, 'a missed target does not fail the run');
  });

  it('gzip budget on what the page fetched, optionally on matching files only', () => {
    const side: BytesSide = {
      side: 'ours',
      files: [
        { path: '/dist/k8s-diagrams.bundle.js', raw: 90_000, gzip: 30_000 },
        { path: '/dist/chunks/chunk.js', raw: 18_000, gzip: 6_000 },
      ],
      raw: 108_000,
      gzip: 36_000,
    };
    const result: RowResult = { kind: 'bytes', name: 'r', sides: [side] };
    assert.equal(checkBudget(row, budgets.entryGzip(), result).ok, true);
    assert.equal(checkBudget(row, { kind: 'gzip-max', bytes: 35_000, what: 'entry' }, result).ok, false);
    assert.equal(checkBudget(row, { kind: 'gzip-max', bytes: 7_000, files: 'chunk', what: 'chunk' }, result).ok, true);
    const motion = checkBudget(row, budgets.motionGzip(), result);
    assert.equal(motion.ok, false, 'without reference pages the motion budget is not met');
  });

  it('the motion budget counts only what no reference page fetched, and fails when that is nothing', () => {
    const files = [
      { path: '/dist/k8s-diagrams.bundle.js', raw: 90_000, gzip: 30_000 },
      { path: '/dist/chunks/motion-runtime-X.js', raw: 80_000, gzip: 27_000 },
      { path: '/dist/chunks/pipeline-Y.js', raw: 16_000, gzip: 7_000 },
      { path: '/dist/elk.worker.js', raw: 1_400_000, gzip: 440_000 },
    ];
    const references = [
      { what: 'entry', label: '<k8s-cluster>', paths: ['/dist/k8s-diagrams.bundle.js'] },
      { what: 'ELK layout', label: '<k8s-cluster workers="20">', paths: ['/dist/k8s-diagrams.bundle.js', '/dist/chunks/pipeline-Y.js', '/dist/elk.worker.js'] },
    ];
    const beyond = beyondReferences(files, references);
    assert.deepEqual(beyond.files.map((f) => fileName(f.path)), ['motion-runtime-X.js']);
    assert.equal(beyond.gzip, 27_000);
    assert.deepEqual(addedBy(files, references, 1).files.map((f) => fileName(f.path)), ['pipeline-Y.js', 'elk.worker.js']);
    assert.deepEqual(addedBy(files, references, 0).files.map((f) => fileName(f.path)), ['k8s-diagrams.bundle.js']);
    const side: BytesSide = { side: 'ours', files, raw: 0, gzip: 0, references, beyond };
    const result: RowResult = { kind: 'bytes', name: 'r', sides: [side] };
    const ok = checkBudget(row, budgets.motionGzip(), result);
    assert.equal(ok.ok, true);
    assert.equal(ok.measured, '26.4 KB gzip');
    assert.equal(checkBudget(row, { ...budgets.motionGzip(), bytes: 20_000 } as ReturnType<typeof budgets.motionGzip>, result).ok, false);
    const nothing: RowResult = { kind: 'bytes', name: 'r', sides: [{ ...side, beyond: beyondReferences([], references) }] };
    assert.equal(checkBudget(row, budgets.motionGzip(), nothing).ok, false, 'a scenario page that fetched no motion code did not measure it');
  });

  it('frame budgets: p95 against the empty page of the same run, share of frames over 20 ms', () => {
    const frames = (p95: number, overShare: number, frameCount = 600): FramesResult => ({
      runs: [],
      all: { frames: frameCount, p95, overShare, mean: p95 },
      p95: { n: 5, median: p95, min: p95, max: p95 },
      overShare: { n: 5, median: overShare, min: overShare, max: overShare },
    });
    const row100 = (result: FramesResult, baseline?: FramesResult): RowResult => ({ kind: 'frames', name: 'r', technique: 'player', tokens: 100, result, ...(baseline ? { baseline } : {}) });
    const empty = frames(16.7, 0.01);
    assert.equal(checkBudget(row, budgets.framesP95(1.2), row100(frames(16.8, 0.02), empty)).ok, true);
    assert.equal(checkBudget(row, budgets.framesP95(1.2), row100(frames(33.3, 0.06), empty)).ok, false);
    assert.equal(checkBudget(row, budgets.framesP95(2.5), row100(frames(33.3, 0.5), empty)).ok, true);
    assert.equal(checkBudget(row, budgets.framesP95(2.5), row100(frames(50, 0.6), empty)).ok, false);
    assert.equal(checkBudget(row, budgets.framesP95(1.2), row100(frames(16.7, 0))).ok, false, 'no empty page, no ratio');
    assert.equal(checkBudget(row, budgets.framesOver(0.05), row100(frames(16.7, 0.049))).ok, true);
    assert.equal(checkBudget(row, budgets.framesOver(0.05), row100(frames(16.7, 0.05))).ok, false);
    assert.equal(checkBudget(row, budgets.framesOver(0.05), row100({ ...frames(16.7, 0), error: 'only 90 of 100 tokens were moving' })).ok, false);
    assert.equal(describeBudget(budgets.framesOver(0.05)), '< 5.0 % of frames over 20 ms');
  });

  it('checkAll fails rows that did not run, and budgetsMet says whether the run passes', () => {
    const rows: Row[] = [{ kind: 'many', name: 'x', diagrams: [], layout: 'none', metric: 'raf', budgets: [budgets.noAnimationFrames()] }];
    const none = checkAll(rows, []);
    assert.equal(none.length, 1);
    assert.equal(budgetsMet(none), false);
    const zero: RowResult = { kind: 'many', name: 'x', metric: 'raf', diagrams: 0, result: { runs: [0], value: { n: 1, median: 0, min: 0, max: 0 } } };
    assert.equal(budgetsMet(checkAll(rows, [zero])), true);
  });

  it('every declared row has a unique name and budgets that can be described', () => {
    const names = ROWS.map((r) => r.name);
    assert.equal(new Set(names).size, names.length);
    for (const r of ROWS) for (const b of r.budgets ?? []) assert.ok(describeBudget(b).length > 0);
  });

  it('declares the player rows of issues #3 and #5 with their budgets', () => {
    const frames = ROWS.filter((r): r is Extract<Row, { kind: 'frames' }> => r.kind === 'frames');
    assert.equal(frames[0]!.technique, 'empty', 'the empty page is measured before the rows compared with it');
    const player = frames.filter((r) => r.technique === 'player');
    assert.deepEqual(player.map((r) => r.tokens), [10, 100, 1000]);
    assert.deepEqual(player.map((r) => r.figure?.attrs), [{ workers: '50' }, { workers: '50' }, { workers: '50' }]);
    assert.deepEqual(player[1]!.budgets, [budgets.framesP95(1.2), budgets.framesOver(0.05)]);
    assert.deepEqual(player[2]!.budgets, [budgets.framesP95(2.5)]);
    const motion = ROWS.find((r) => r.name === 'bytes · <k8s-cluster scenario="kubectl-apply">');
    assert.ok(motion?.kind === 'bytes' && motion.figure.attrs?.scenario === 'kubectl-apply' && motion.references?.length === 2);
    assert.deepEqual(motion.budgets, [budgets.motionGzip()]);
    const playing = ROWS.filter((r): r is Extract<Row, { kind: 'many' }> => r.kind === 'many' && r.players !== undefined);
    for (const r of playing) {
      assert.equal(r.diagrams.length, 20);
      assert.equal(r.diagrams.filter((d) => d.attrs?.scenario).length, 2, r.name);
      assert.ok(r.diagrams.filter((d) => d.attrs?.scenario).every((d) => d.attrs && 'autoplay' in d.attrs && 'loop' in d.attrs), r.name);
    }
    const zero = playing.filter((r) => r.metric === 'raf' && r.players !== 'on-screen');
    assert.deepEqual(zero.map((r) => r.players).sort(), ['offscreen', 'scrolled-away']);
    for (const r of zero) assert.deepEqual(r.budgets, [budgets.noAnimationFrames()]);
  });
});

describe('the frames rows’ crowded scenario', () => {
  const model = clusterModel({ workers: '50' });

  it('uses every edge of the model once each way, spread over the workers', () => {
    const pool = routes(model);
    assert.equal(pool.length, model.edges.length * 2);
    const edges = new Set(model.edges.map((e) => `${e.from}>${e.to}`));
    for (const r of pool) assert.ok(edges.has(r.kind === 'request' ? `${r.from}>${r.to}` : `${r.to}>${r.from}`));
    const workers = new Set(pool.slice(0, 10).map((r) => /^worker-(\d+)\./.exec(r.from)?.[1] ?? 'cp'));
    assert.equal(workers.size, 10, 'ten tokens on ten different workers (or the control plane)');
  });

  for (const tokens of [10, 100, 1000])
    it(`resolves on <k8s-cluster workers="50"> to one beat of ${tokens} parallel steps`, () => {
      const { scenario, distinct } = crowdedScenario(model, tokens);
      assert.equal(distinct, Math.min(tokens, model.edges.length * 2));
      const resolved = resolveScenario(scenario, model, 'k8s-cluster');
      assert.ok(resolved.ok, resolved.ok ? '' : resolved.errors[0]?.message.en);
      assert.equal(resolved.value.beats.length, 1);
      assert.equal(resolved.value.beats[0]!.length, tokens);
      assert.ok(resolved.value.steps.every((s) => s.hops.length === 1 && s.from !== s.to), 'every token runs along one edge');
    });
});

/** A small well-formedness check: one root, balanced tags, quoted attributes, no stray `<` or `&`. */
function assertWellFormedXml(text: string): void {
  const body = text.replace(/^<\?xml[^>]*\?>\s*/, '').trim();
  const stack: string[] = [];
  let roots = 0;
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const between = body.slice(last, m.index);
    assert.ok(!between.includes('<'), `stray < before ${m[0]}`);
    assert.ok(!/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(between), 'unescaped &');
    last = m.index + m[0].length;
    const [, close, name, , selfClose] = m;
    if (close) assert.equal(stack.pop(), name, `closing </${name}>`);
    else {
      if (stack.length === 0) roots++;
      if (!selfClose) stack.push(name!);
    }
  }
  assert.equal(body.slice(last).trim(), '', 'nothing after the root');
  assert.equal(stack.length, 0, 'every tag is closed');
  assert.equal(roots, 1, 'one root element');
}

describe('scaling chart', () => {
  it('log ticks at 1, 2, 5 × powers of ten', () => {
    assert.deepEqual(logTicks(10, 1000), [10, 20, 50, 100, 200, 500, 1000]);
  });

  it('is a well-formed SVG document with one polyline per series and escaped text', () => {
    const svg = lineChart(
      [
        { name: 'ours <fast> & co', color: '#00f', points: [{ x: 34, y: 20 }, { x: 357, y: 110 }, { x: 1407, y: 400 }] },
        { name: 'floor', color: '#0a0', dashed: true, points: [{ x: 34, y: 10 }, { x: 1407, y: 40 }] },
      ],
      { title: 'T', xLabel: 'components', yLabel: 'ms' },
    );
    assertWellFormedXml(svg);
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.equal(svg.match(/<polyline /g)!.length, 2);
    assert.ok(svg.includes(escapeXml('ours <fast> & co')));
    assert.ok(!/NaN|Infinity/.test(svg));
  });

  it('from results: one series per measured side, well-formed even with one point', () => {
    const results: RowResult[] = [
      { kind: 'first-diagram', name: 'a', components: 34, scaling: true, sides: [timed('ours', 30), timed('elk-raw', 20), timed('mermaid-elk', 500, { error: 'x' })] },
      { kind: 'first-diagram', name: 'b', components: 357, scaling: true, sides: [timed('ours', 100), timed('elk-raw', 30)] },
      { kind: 'first-diagram', name: 'c', components: 7, sides: [timed('ours', 5)] },
    ];
    const data = scalingData(results);
    assert.deepEqual(
      data.map((d) => d.components),
      [34, 357],
    );
    assert.equal(data[0]!.ms['mermaid-elk'], undefined);
    const svg = scalingChart(data);
    assertWellFormedXml(svg);
    assert.equal(svg.match(/<polyline /g)!.length, 2);
    assertWellFormedXml(scalingChart(data.slice(0, 1)));
    assertWellFormedXml(lineChart([], { title: 'empty', xLabel: 'x', yLabel: 'y' }));
  });
});

describe('table', () => {
  it('frames and many-diagrams rows: the player line, the baseline, the players', () => {
    const f = (p95: number): FramesResult => ({
      runs: [],
      all: { frames: 600, p95, overShare: 0.01, mean: 16.7 },
      p95: { n: 5, median: p95, min: p95, max: p95 },
      overShare: { n: 5, median: 0.01, min: 0, max: 0.02 },
    });
    const player: FramesResult = {
      ...f(33.4),
      moving: { n: 10, median: 1000, min: 1000, max: 1000 },
      animations: { n: 10, median: 1000, min: 1000, max: 1000 },
      tokenElements: { n: 10, median: 1000, min: 1000, max: 1000 },
      distinct: 608,
      edges: 304,
      longest: { n: 5, median: 0, min: 0, max: 0 },
      restarts: { count: 2, longest: 67 },
    };
    const rows: Row[] = [
      { kind: 'frames', name: 'empty', technique: 'empty', tokens: 0 },
      { kind: 'frames', name: 'p', technique: 'player', tokens: 1000, budgets: [budgets.framesP95(2.5)] },
      { kind: 'many', name: 'm', diagrams: [], layout: 'half-offscreen', metric: 'raf', players: 'scrolled-away', windowMs: 6000, budgets: [budgets.noAnimationFrames()] },
    ];
    const results: RowResult[] = [
      { kind: 'frames', name: 'empty', technique: 'empty', tokens: 0, result: f(16.7) },
      { kind: 'frames', name: 'p', technique: 'player', tokens: 1000, result: player, baseline: f(16.7) },
      {
        kind: 'many',
        name: 'm',
        metric: 'raf',
        diagrams: 20,
        players: 'scrolled-away',
        windowMs: 6000,
        result: { runs: [0, 0, 0], value: { n: 3, median: 0, min: 0, max: 0 }, players: { count: 2, playing: 2, inView: 0, runningAnimations: 0 } },
      },
    ];
    const table = markdownTable(results, rows, checkAll(rows, results));
    assert.ok(table.includes('✓ p95 frame time ≤ 2.5× the empty page\'s: 2.00× (p95 33.4 ms / empty page 16.7 ms)'));
    assert.ok(table.includes('1000 moving (1000 animations, 1000 tokens; 608 routes over the figure’s 304 edges) · <50 ms · 2 restart(s) while measuring, longest task 67.0 ms'));
    assert.ok(table.includes('requestAnimationFrame calls in 6 s'));
    assert.ok(table.includes('0 · players: 2 of 2 playing, 0 diagrams in view, 0 animations running'));
    const columns = table.split('\n')[0]!.split(' | ').length;
    assert.ok(table.split('\n').slice(2).every((l) => l.replace(/\\\|/g, '').split(' | ').length === columns));
  });

  it('one header, one line per metric, budgets marked', () => {
    const rows: Row[] = [{ kind: 'first-diagram', name: 'first', figure: customCluster(3, 3), sides: ['ours', 'mermaid-dagre'], budgets: [budgets.fasterThanMermaid(10, 'dagre')] }];
    const results: RowResult[] = [{ kind: 'first-diagram', name: 'first', components: 34, sides: [timed('ours', 5), timed('mermaid-dagre', 100)] }];
    const table = markdownTable(results, rows, checkAll(rows, results));
    const lines = table.split('\n');
    assert.match(lines[0]!, /^\| Row \| Metric \| Ours/);
    assert.ok(lines.every((l) => l.startsWith('|') && l.endsWith('|')));
    const columns = lines[0]!.split(' | ').length;
    assert.ok(lines.slice(2).every((l) => l.replace(/\\\|/g, '').split(' | ').length === columns));
    assert.ok(table.includes('✓ ≥ 10× faster than Mermaid (dagre): 20×'));
  });
});

describe('README summary', () => {
  const results = (rows: RowResult[], budgetRows: Row[] = []): BenchResults => ({
      date: '2026-11-27T09:00:00.000Z',
      machine: { node: 'v20', chromium: '156', cpus: 2, cpuModel: 'AMD EPYC', memoryGb: 24, loadStart: 1, loadEnd: 1, loadMedian: 1.5, loadMax: 2 },
      wallSeconds: 500,
      repetitions: { fast: 11, fastBelowMs: 2000, default: 5, slow: 3, slowAboveMs: 5000 },
      rows,
      budgets: checkAll(budgetRows, rows),
      notes: [],
    });

  it('one line per first-diagram row, tags as code, Mermaid’s faster layout against ours, failures named', () => {
    const rows: Row[] = [{ kind: 'first-diagram', name: 'first diagram · <k8s-cluster workers="3">', figure: customCluster(3, 3), sides: ['ours', 'elk-raw', 'elk-whole', 'mermaid-dagre', 'mermaid-elk'], budgets: [budgets.withinFloor(1.3)] }];
    const measured: RowResult[] = [
      {
        kind: 'first-diagram',
        name: 'first diagram · <k8s-cluster workers="3">',
        components: 34,
        sides: [timed('ours', 40), timed('elk-raw', 20), timed('elk-whole', 120), timed('mermaid-dagre', 400, { error: 'TypeError' }), timed('mermaid-elk', 800)],
      },
    ];
    const text = readmeSummary(results(measured, rows));
    const line = text.split('\n').find((l) => l.startsWith('| `<k8s-cluster workers="3">`'));
    assert.ok(line, text);
    assert.deepEqual(
      line.split(' | ').slice(1, 8),
      ['34', '40.0 ms', 'fails', '800 ms', '20.0 ms', '120 ms', '20×'],
    );
    assert.ok(text.includes('“fails”'));
    assert.ok(text.includes('- ✗ **missed** first diagram · `<k8s-cluster workers="3">`: ≤ 1.3× raw elkjs — 2.00×'), text);
    assert.ok(!/(^|[^`])<k8s-/.test(text), 'every tag is in a code span');
  });

  it('replaces only what lies between the markers, and refuses a README without them', () => {
    const readme = `# Title\n\n${README_START}\nold table\n${README_END}\n\n## Next\n`;
    const once = spliceReadme(readme, 'new table');
    assert.equal(once, `# Title\n\n${README_START}\nnew table\n${README_END}\n\n## Next\n`);
    assert.equal(spliceReadme(once, 'new table'), once);
    assert.throws(() => spliceReadme('# Title\n', 'x'), /lacks the performance markers/);
    assert.throws(() => spliceReadme(`${README_END}\n${README_START}`, 'x'), /lacks the performance markers/);
  });

  it('the root README carries the markers', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    assert.doesNotThrow(() => spliceReadme(readme, 'x'));
  });
});
