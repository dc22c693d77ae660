// The benchmark's pure parts: statistics, the Mermaid text, budget checks, the chart and
// the table. No timing is asserted here (timings are only ever reported by `pnpm bench`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isGroupKind, presetFigures, type Model } from '@k8s-diagrams/core';
import { budgetsMet, budgets, checkAll, checkBudget, describeBudget } from '../src/budgets.js';
import { escapeXml, lineChart, logTicks } from '../src/chart.js';
import { clusterModel, customCluster, renameIds } from '../src/figures.js';
import { mermaidLabel, modelToMermaid } from '../src/mermaid-text.js';
import { markdownTable, scalingChart, scalingData } from '../src/report.js';
import { ROWS } from '../src/rows.js';
import { blocking, frameStats, intervals, median, percentile, summarize, tasksIn } from '../src/stats.js';
import type { BytesSide, Row, RowResult, TimedSide } from '../src/types.js';

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
    const motion = checkBudget(row, budgets.motionGzip(), result);
    assert.equal(motion.ok, false, 'a budget on a file that was not fetched is not met');
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
