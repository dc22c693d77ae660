// The short form of a full run for the root README's performance section: one table of the
// first-diagram rows, the bytes, and every budget. `pnpm bench` rewrites it between two
// markers, so the README always shows the latest full run (partial runs leave it alone).
import { cell } from './report.js';
import { fmtKb, fmtMs, fmtRatio, fmtTask } from './format.js';
import type { BenchResults, BytesSide, Side, TimedSide } from './types.js';

export const README_START = '<!-- bench:latest:start (written by pnpm bench; edit bench/src/readme-summary.ts instead) -->';
export const README_END = '<!-- bench:latest:end -->';

/** Table-safe text with every tag as code, so that Markdown shows `<k8s-cluster>` instead of dropping it. */
const text = (t: string): string => cell(t).replace(/<[a-z][^>]*>/g, (tag) => `\`${tag}\``);

const ms = (s: TimedSide | undefined): string => (!s ? '—' : s.error ? 'fails' : fmtMs(s.time.median));

function side<S extends { side: Side }>(sides: readonly S[], name: Side): S | undefined {
  return sides.find((s) => s.side === name);
}

/** Mermaid's faster layout against ours, as `12×`; empty when either side is missing. */
function ratio(sides: readonly TimedSide[]): string {
  const ours = side(sides, 'ours');
  const mermaid = (['mermaid-dagre', 'mermaid-elk'] as const)
    .map((n) => side(sides, n))
    .filter((s): s is TimedSide => !!s && !s.error)
    .map((s) => s.time.median);
  if (!ours || ours.error || !mermaid.length) return '—';
  return fmtRatio(Math.min(...mermaid) / ours.time.median);
}

function gzip(s: BytesSide | undefined): string {
  return !s || s.error ? '—' : fmtKb(s.gzip);
}

/** The README block (without its markers). */
export function readmeSummary(results: BenchResults): string {
  const m = results.machine;
  const out = [
    `Last full run: ${results.date.slice(0, 10)}, Chromium ${m.chromium} headless on ${m.cpus} × ${m.cpuModel} (1-minute load median ${m.loadMedian?.toFixed(1) ?? '?'}); warm medians. Every number, with min–max and the notes: [\`bench/results/latest.md\`](bench/results/latest.md).`,
    '',
    '| Figure | Components | Ours | Mermaid (dagre) | Mermaid (ELK) | Raw elkjs, our graphs (floor) | Raw elkjs, whole model as one graph | Mermaid (faster) ÷ ours | Longest task (median), ours · Mermaid (dagre) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of results.rows) {
    if (r.kind !== 'first-diagram') continue;
    const ours = side(r.sides, 'ours');
    const dagre = side(r.sides, 'mermaid-dagre');
    const longest = [ours, dagre].map((s) => (s && !s.error ? fmtTask(s.longest.median) : '—')).join(' · ');
    const figure = r.name.replace(/^first diagram · /, '');
    out.push(
      `| ${text(figure)} | ${r.components} | ${ms(ours)} | ${ms(dagre)} | ${ms(side(r.sides, 'mermaid-elk'))} | ${ms(side(r.sides, 'elk-raw'))} | ${ms(side(r.sides, 'elk-whole'))} | ${ratio(r.sides)} | ${longest} |`,
    );
  }
  const bytes = results.rows.filter((r) => r.kind === 'bytes');
  const first = bytes[0];
  if (first && first.kind === 'bytes') {
    out.push(
      '',
      `JavaScript fetched (gzip) to show ${text(first.name.replace(/^bytes · /, ''))}: ours ${gzip(side(first.sides, 'ours'))}, Mermaid ${gzip(side(first.sides, 'mermaid-dagre'))} with dagre, ${gzip(side(first.sides, 'mermaid-elk'))} with ELK.`,
    );
  }
  if (results.rows.some((r) => r.kind === 'first-diagram' && r.sides.some((s) => s.error)))
    out.push('', '“fails”: that library threw on the diagram; the full table gives its error.');
  const heap = results.rows.filter((r) => r.kind === 'many' && r.metric === 'heap');
  for (const r of heap)
    if (r.kind === 'many' && !r.result.error)
      out.push(
        '',
        `${text(r.name.replace(/^many · /, ''))}: ${fmtKb(r.result.value.median)}${r.result.baseline ? ` (a page with the bundle and no diagram: ${fmtKb(r.result.baseline.median)})` : ''}.`,
      );
  out.push('', '**Budgets**', '');
  for (const c of results.budgets)
    out.push(`- ${c.ok ? '✓' : c.level === 'target' ? '✗ (target, reported)' : '✗ **missed**'} ${text(c.row)}: ${text(c.text)} — ${text(c.measured)}`);
  return out.join('\n');
}

/**
 * `readme` with the block between the markers replaced by `block`. Throws when the markers
 * are missing or out of order, so a README edit that loses them is noticed, not overwritten.
 */
export function spliceReadme(readme: string, block: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < 0 || end < start)
    throw new Error(`README.md lacks the performance markers (${README_START} … ${README_END}); put them back around the bench summary.`);
  return `${readme.slice(0, start + README_START.length)}\n${block}\n${readme.slice(end)}`;
}
