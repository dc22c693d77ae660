// The markdown table (results/latest.md), the scaling table and chart data, from results.
import { describeBudget } from './budgets.js';
import { lineChart, type Series } from './chart.js';
import { addedBy, fileName } from './fetched.js';
import { fmtKb, fmtMs, fmtPct, fmtRatio, fmtSummary, fmtTask, fmtTaskSummary } from './format.js';
import { LONG_FRAME_MS } from './stats.js';
import type { BenchResults, Budget, BudgetCheck, BytesSide, FetchedSet, FramesResult, ManyResult, Row, RowResult, Side, TimedSide } from './types.js';

const COLUMNS = ['Row', 'Metric', 'Ours', 'Floor / baseline', 'Mermaid (dagre)', 'Mermaid (ELK)', 'Mermaid ÷ ours', 'Budget'];

/** Which table line of a row shows a budget. */
function lineOf(b: Budget): 'time' | 'main' | 'bytes' | 'beyond' | 'value' {
  switch (b.kind) {
    case 'faster-than-mermaid':
    case 'within-floor':
      return 'time';
    case 'no-task-while-elk':
    case 'render-task-max':
      return 'main';
    case 'gzip-max':
      return b.beyondReferences ? 'beyond' : 'bytes';
    default:
      return 'value';
  }
}

function budgetCell(row: Row | undefined, checks: readonly BudgetCheck[], line: string): string {
  if (!row?.budgets) return '';
  const cells: string[] = [];
  row.budgets.forEach((b) => {
    if (lineOf(b) !== line) return;
    const check = checks.find((c) => c.row === row.name && c.text === describeBudget(b));
    const mark = !check ? '?' : check.ok ? '✓' : check.level === 'target' ? '✗ (target)' : '✗ MISSED';
    cells.push(`${mark} ${describeBudget(b)}${check ? `: ${check.measured}` : ''}`);
  });
  return cells.join('<br>');
}

export const cell = (text: string) => text.replace(/\|/g, '\\|');

function find<S extends { side: Side }>(sides: readonly S[], side: Side): S | undefined {
  return sides.find((s) => s.side === side);
}

function bytesCell(s: BytesSide | undefined): string {
  if (!s) return '—';
  if (s.error) return `error: ${s.error}`;
  return `${fmtKb(s.raw)} / ${fmtKb(s.gzip)} (${s.files.length} files)`;
}

/** `name.js, other.js: raw / gzip`. */
function filesCell(set: FetchedSet): string {
  if (set.files.length === 0) return 'nothing';
  return `${set.files.map((f) => fileName(f.path)).join(', ')}: ${fmtKb(set.raw)} / ${fmtKb(set.gzip)}`;
}

/** A frames result: every window's frames together, then the windows' own p95 range. */
function framesCell(r: FramesResult | undefined): string {
  if (!r) return '—';
  if (r.error) return `error: ${r.error}`;
  const windows = r.p95.n > 1 && r.p95.min !== r.p95.max ? ` (windows' p95 ${fmtMs(r.p95.min)}–${fmtMs(r.p95.max)})` : '';
  return `p95 ${fmtMs(r.all.p95)} · > ${LONG_FRAME_MS} ms ${fmtPct(r.all.overShare)} of ${r.all.frames} frames${windows}`;
}

/** The players of a many-diagrams page when it was measured (last repetition). */
function playersCell(r: ManyResult): string {
  const p = r.players;
  if (!p) return '';
  return ` · players: ${p.playing} of ${p.count} playing, ${p.inView} diagrams in view, ${p.runningAnimations} animations running`;
}

function timeCell(s: TimedSide | undefined): string {
  if (!s) return '—';
  if (s.error) return `${s.side.startsWith('mermaid') ? 'fails' : 'error'}: ${s.error}`;
  return `${fmtSummary(s.time)} n=${s.runs.length}`;
}

function ratios(sides: readonly TimedSide[], pick: (s: TimedSide) => number): string {
  const ours = find(sides, 'ours');
  if (!ours || ours.error) return '—';
  const parts: string[] = [];
  for (const [side, label] of [
    ['mermaid-dagre', 'dagre'],
    ['mermaid-elk', 'ELK'],
  ] as const) {
    const m = find(sides, side);
    if (m && !m.error) parts.push(`${label} ${fmtRatio(pick(m) / pick(ours))}`);
  }
  return parts.join(' · ') || '—';
}

function lines(result: RowResult, row: Row | undefined, checks: readonly BudgetCheck[]): string[][] {
  switch (result.kind) {
    case 'bytes': {
      const ours = find(result.sides, 'ours');
      const ratio = (side: Side) => {
        const m = find(result.sides, side);
        return m && ours && !m.error && !ours.error ? fmtRatio(m.gzip / ours.gzip) : undefined;
      };
      const r = [ratio('mermaid-dagre') && `dagre ${ratio('mermaid-dagre')}`, ratio('mermaid-elk') && `ELK ${ratio('mermaid-elk')}`].filter(Boolean).join(' · ');
      const out = [
        [
          result.name,
          'JS fetched, raw / gzip',
          bytesCell(ours),
          '—',
          bytesCell(find(result.sides, 'mermaid-dagre')),
          bytesCell(find(result.sides, 'mermaid-elk')),
          r ? `gzip: ${r}` : '—',
          budgetCell(row, checks, 'bytes'),
        ],
      ];
      if (ours?.beyond && ours.references) {
        const refs = ours.references;
        const also = refs
          .map((ref, i) => ({ ref, set: addedBy(ours.files, refs, i) }))
          .filter(({ set }) => set.files.length > 0)
          .map(({ ref, set }) => `${ref.what} (as ${ref.label} fetches): ${filesCell(set)}`);
        out.push([
          '',
          `beyond ${refs.map((x) => x.what).join(' and ')}: files no reference page fetched, raw / gzip`,
          filesCell(ours.beyond),
          also.join('; ') || '—',
          '—',
          '—',
          '—',
          budgetCell(row, checks, 'beyond'),
        ]);
      }
      return out;
    }
    case 'first-diagram': {
      const s = (side: Side) => find(result.sides, side);
      const ok = (x: TimedSide | undefined) => (x && !x.error ? x : undefined);
      const main = (x: TimedSide | undefined) => (ok(x) ? `${fmtTaskSummary(x!.longest)} · TBT ${fmtMs(x!.tbt.median)}` : '—');
      const out: string[][] = [
        [
          `${result.name} (${result.components} components)`,
          'time to first diagram, warm: median (min–max)',
          timeCell(s('ours')),
          timeCell(s('elk-raw')),
          timeCell(s('mermaid-dagre')),
          timeCell(s('mermaid-elk')),
          ratios(result.sides, (x) => x.time.median),
          budgetCell(row, checks, 'time'),
        ],
        [
          '',
          'cold first run (fresh page)',
          ok(s('ours')) ? fmtMs(s('ours')!.cold) : '—',
          ok(s('elk-raw')) ? fmtMs(s('elk-raw')!.cold) : '—',
          ok(s('mermaid-dagre')) ? fmtMs(s('mermaid-dagre')!.cold) : '—',
          ok(s('mermaid-elk')) ? fmtMs(s('mermaid-elk')!.cold) : '—',
          ratios(result.sides, (x) => x.cold),
          '',
        ],
      ];
      const ours = ok(s('ours'));
      const detail = ours?.whileElk && ours.render;
      out.push(['', 'main thread, warm: longest task · TBT (medians)', main(s('ours')), main(s('elk-raw')), main(s('mermaid-dagre')), main(s('mermaid-elk')), '', detail ? '' : budgetCell(row, checks, 'main')]);
      if (ours?.whileElk && ours.render)
        out.push([
          '',
          'ours: longest task while ELK works · rendering task after its answer (warm max; cold)',
          `${fmtTask(ours.whileElk.max)} · ${fmtTask(ours.render.max)}; cold ${fmtTask(ours.coldWhileElk ?? Number.NaN)} · ${fmtTask(ours.coldRender ?? Number.NaN)}`,
          ours.elkGraphs ? `${ours.elkGraphs} ELK graph(s) per layout` : '',
          '',
          '',
          '',
          budgetCell(row, checks, 'main'),
        ]);
      if (ours?.phases)
        out.push([
          '',
          'ours, where the time goes (medians): before the first ELK graph · first graph to last answer (ELK, and the main thread between passes) · after the last answer (fromElk, render, forced layout)',
          `${fmtMs(ours.phases.beforeElk.median)} · ${fmtMs(ours.phases.elk.median)} · ${fmtMs(ours.phases.afterElk.median)}`,
          ok(s('elk-raw')) ? `raw elkjs, all graphs at once: ${fmtMs(s('elk-raw')!.time.median)}` : '',
          '',
          '',
          '',
          '',
        ]);
      const whole = ok(s('elk-whole'));
      if (whole)
        out.push([
          '',
          'context, no budget: raw elkjs on the whole model as one ELK graph (what a one-pass layout sends), warm median (min–max) · cold',
          ours ? `ours ÷ that: ${fmtRatio(ours.time.median / whole.time.median)}` : '—',
          `${timeCell(whole)} · cold ${fmtMs(whole.cold)}`,
          '',
          '',
          '',
          '',
        ]);
      return out;
    }
    case 'frames': {
      const f = result.result;
      const out = [
        [
          result.name,
          `frame time from rAF intervals (${f.runs.length || 5} × 2 s): all frames' p95 · share over ${LONG_FRAME_MS} ms`,
          framesCell(f),
          result.technique === 'empty' ? '—' : `empty page: ${framesCell(result.baseline)}`,
          '—',
          '—',
          '—',
          budgetCell(row, checks, 'value'),
        ],
      ];
      if (result.technique === 'player' && f.moving) {
        const n = (x: { min: number; max: number } | undefined) => (!x ? '—' : x.min === x.max ? `${x.min}` : `${x.min}–${x.max}`);
        out.push([
          '',
          'tokens moving at every window’s start and end (motion layer getAnimations) · longest task in a window · loop restarts',
          `${n(f.moving)} moving (${n(f.animations)} animations, ${n(f.tokenElements)} tokens; ${f.distinct ?? '?'} routes over the figure’s ${f.edges ?? '?'} edges) · ${f.longest ? fmtTask(f.longest.max) : '—'} · ${f.restarts ? `${f.restarts.count} restart(s) while measuring, longest task ${fmtTask(f.restarts.longest)}` : '—'}`,
          '',
          '',
          '',
          '',
          '',
        ]);
      }
      return out;
    }
    case 'many': {
      const r = result.result;
      const value = r.error ? `error: ${r.error}` : result.metric === 'heap' ? fmtSummary(r.value, fmtKb) : fmtSummary(r.value, (n) => `${n}`);
      const base = r.baseline
        ? `page with the bundle, no diagram: ${fmtSummary(r.baseline, fmtKb)}`
        : r.withoutScenarios
          ? `the same 20 without scenarios: ${fmtSummary(r.withoutScenarios, fmtKb)} (players: +${fmtKb(r.value.median - r.withoutScenarios.median)})`
          : '—';
      const metric = result.metric === 'heap' ? 'used JS heap (main thread) after GC' : `requestAnimationFrame calls in ${(result.windowMs ?? 2000) / 1000} s`;
      return [[result.name, metric, `${value}${r.error ? '' : playersCell(r)}`, base, '—', '—', '—', budgetCell(row, checks, 'value')]];
    }
    case 'snapshot': {
      const r = result.result;
      if (r.error) return [[result.name, 'time', `error: ${r.error}`, '—', '—', '—', '—', budgetCell(row, checks, 'value')]];
      const size = result.what === 'draw' ? `${r.size} components drawn` : `${r.size} steps`;
      return [
        [result.name, result.what === 'draw' ? 'time to first diagram' : 'log → scenario, resolved (main thread)', fmtSummary(r.time, fmtMs), `${size}; ${((r.chars ?? 0) / 1e6).toFixed(1)} M characters`, '—', '—', '—', budgetCell(row, checks, 'value')],
        [result.name, 'longest main-thread task', fmtTaskSummary(r.longest), '—', '—', '—', '—', ''],
      ];
    }
  }
}

/** The one table: every row, its comparison and its budgets. */
export function markdownTable(results: readonly RowResult[], rows: readonly Row[], checks: readonly BudgetCheck[]): string {
  const out = [`| ${COLUMNS.join(' | ')} |`, `|${COLUMNS.map(() => '---').join('|')}|`];
  for (const result of results)
    for (const line of lines(
      result,
      rows.find((r) => r.name === result.name),
      checks,
    ))
      out.push(`| ${line.map(cell).join(' | ')} |`);
  return out.join('\n');
}

/** Layout time against components: rows marked `scaling`. */
export function scalingData(results: readonly RowResult[]): Array<{ components: number; name: string; ms: Partial<Record<Side, number>> }> {
  const out: Array<{ components: number; name: string; ms: Partial<Record<Side, number>> }> = [];
  for (const r of results) {
    if (r.kind !== 'first-diagram' || !r.scaling) continue;
    const ms: Partial<Record<Side, number>> = {};
    for (const s of r.sides) if (!s.error) ms[s.side] = s.time.median;
    out.push({ components: r.components, name: r.name, ms });
  }
  return out.sort((a, b) => a.components - b.components);
}

const SERIES: Array<{ side: Side; name: string; color: string; dashed?: boolean }> = [
  { side: 'ours', name: 'ours (first diagram)', color: '#1f6feb' },
  { side: 'elk-raw', name: 'raw elkjs (floor)', color: '#2da44e', dashed: true },
  { side: 'elk-whole', name: 'raw elkjs, model as one graph', color: '#8250df', dashed: true },
  { side: 'mermaid-elk', name: 'Mermaid + ELK', color: '#cf222e' },
  { side: 'mermaid-dagre', name: 'Mermaid (dagre)', color: '#9a6700' },
];

export function scalingTable(data: ReturnType<typeof scalingData>): string {
  const out = ['| Components | Figure | Ours | Raw elkjs (our graphs: the floor) | Raw elkjs (whole model, one graph) | Mermaid + ELK | Mermaid (dagre) |', '|---:|---|---:|---:|---:|---:|---:|'];
  for (const d of data)
    out.push(`| ${d.components} | ${cell(d.name.replace(/^first diagram · /, ''))} | ${SERIES.map((s) => fmtMs(d.ms[s.side] ?? Number.NaN)).join(' | ')} |`);
  return out.join('\n');
}

export function scalingChart(data: ReturnType<typeof scalingData>): string {
  const series: Series[] = SERIES.map((s) => ({
    name: s.name,
    color: s.color,
    ...(s.dashed ? { dashed: true } : {}),
    points: data.filter((d) => d.ms[s.side] !== undefined).map((d) => ({ x: d.components, y: d.ms[s.side]! })),
  })).filter((s) => s.points.length > 0);
  return lineChart(series, {
    title: 'Time to first diagram against components (log–log, warm medians)',
    xLabel: 'components in the model',
    yLabel: 'time to first diagram',
  });
}

function loadText(m: BenchResults['machine']): string {
  const over = m.loadMedian !== undefined && m.loadMax !== undefined ? `, median ${m.loadMedian.toFixed(1)}, max ${m.loadMax.toFixed(1)} (every 10 s)` : '';
  return `${m.loadStart.toFixed(1)} at the start, ${m.loadEnd.toFixed(1)} at the end${over}, ${m.cpus} cores`;
}

/** The whole markdown report: the table, its notes, the scaling table and the budgets. */
export function markdownReport(results: BenchResults, rows: readonly Row[]): string {
  const scaling = scalingData(results.rows);
  const budgetLines = results.budgets.map((c) => `- ${c.ok ? '✓' : c.level === 'target' ? '✗ (target, reported)' : '✗ **missed**'} ${c.row}: ${c.text} — ${c.measured}`);
  return [
    `# k8s-diagrams benchmark (${results.date})`,
    '',
    `Chromium ${results.machine.chromium} headless, Node ${results.machine.node}, ${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGb} GB. Run took ${Math.round(results.wallSeconds)} s. 1-minute load average: ${loadText(results.machine)}.`,
    '',
    markdownTable(results.rows, rows, results.budgets),
    '',
    ...results.notes.map((n) => `- ${n}`),
    '',
    ...(scaling.length
      ? ['## Scaling: time to first diagram against components', '', scalingTable(scaling), '', 'Chart: `scaling.svg` next to this file.', '']
      : []),
    '## Budgets',
    '',
    ...budgetLines,
    '',
  ].join('\n');
}
