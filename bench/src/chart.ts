// A hand-made SVG line chart (log–log): layout time against components in the model.
import { fmtMs } from './format.js';

export interface Series {
  name: string;
  color: string;
  /** Dashed line (the floor). */
  dashed?: boolean;
  points: Array<{ x: number; y: number }>;
}

export interface ChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  width?: number;
  height?: number;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Ticks at 1, 2, 5 × powers of ten covering [lo, hi]. */
export function logTicks(lo: number, hi: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++)
    for (const m of [1, 2, 5]) {
      const v = m * 10 ** e;
      if (v >= lo * 0.999 && v <= hi * 1.001) ticks.push(v);
    }
  return ticks;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** The chart as a standalone SVG document. Points that are not positive are left out. */
export function lineChart(series: readonly Series[], options: ChartOptions): string {
  const W = options.width ?? 760;
  const H = options.height ?? 420;
  const m = { left: 70, right: 210, top: 40, bottom: 50 };
  const pts = series.flatMap((s) => s.points).filter((p) => p.x > 0 && p.y > 0);
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  /** The nearest 1, 2, 5 × 10^n below `lo` and above `hi`. */
  const pad = (lo: number, hi: number): [number, number] => {
    const steps = (e: number) => [1, 2, 5].map((m) => m * 10 ** e);
    const below = steps(Math.floor(Math.log10(lo))).filter((v) => v <= lo * 1.0001).pop()!;
    const above = [...steps(Math.floor(Math.log10(hi))), 10 ** (Math.floor(Math.log10(hi)) + 1)].find((v) => v >= hi * 0.9999)!;
    return below === above ? [below, below * 10] : [below, above];
  };
  const [x0, x1] = pts.length ? pad(Math.min(...xs), Math.max(...xs)) : [1, 10];
  const [y0, y1] = pts.length ? pad(Math.min(...ys), Math.max(...ys)) : [1, 10];
  const px = (x: number) => r1(m.left + ((Math.log10(x) - Math.log10(x0)) / (Math.log10(x1) - Math.log10(x0))) * (W - m.left - m.right));
  const py = (y: number) => r1(H - m.bottom - ((Math.log10(y) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0))) * (H - m.top - m.bottom));

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`);
  out.push(`<title>${escapeXml(options.title)}</title>`);
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(`<text x="${W / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${escapeXml(options.title)}</text>`);
  // Grid and axes.
  for (const t of logTicks(x0, x1)) {
    const x = px(t);
    out.push(`<line x1="${x}" y1="${m.top}" x2="${x}" y2="${H - m.bottom}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${x}" y="${H - m.bottom + 16}" text-anchor="middle">${escapeXml(String(t))}</text>`);
  }
  for (const t of logTicks(y0, y1)) {
    const y = py(t);
    out.push(`<line x1="${m.left}" y1="${y}" x2="${W - m.right}" y2="${y}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${m.left - 6}" y="${y + 4}" text-anchor="end">${escapeXml(fmtMs(t))}</text>`);
  }
  out.push(`<line x1="${m.left}" y1="${H - m.bottom}" x2="${W - m.right}" y2="${H - m.bottom}" stroke="#333"/>`);
  out.push(`<line x1="${m.left}" y1="${m.top}" x2="${m.left}" y2="${H - m.bottom}" stroke="#333"/>`);
  out.push(`<text x="${(m.left + W - m.right) / 2}" y="${H - 12}" text-anchor="middle">${escapeXml(options.xLabel)}</text>`);
  out.push(`<text transform="translate(16 ${(m.top + H - m.bottom) / 2}) rotate(-90)" text-anchor="middle">${escapeXml(options.yLabel)}</text>`);
  // Series and legend.
  series.forEach((s, i) => {
    const ok = s.points.filter((p) => p.x > 0 && p.y > 0).sort((a, b) => a.x - b.x);
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    if (ok.length > 1)
      out.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2"${dash} points="${ok.map((p) => `${px(p.x)},${py(p.y)}`).join(' ')}"/>`);
    for (const p of ok) out.push(`<circle cx="${px(p.x)}" cy="${py(p.y)}" r="3.5" fill="${s.color}"><title>${escapeXml(`${s.name}: ${p.x} components, ${fmtMs(p.y)}`)}</title></circle>`);
    const ly = m.top + 10 + i * 20;
    out.push(`<line x1="${W - m.right + 14}" y1="${ly}" x2="${W - m.right + 38}" y2="${ly}" stroke="${s.color}" stroke-width="2"${dash}/>`);
    out.push(`<text x="${W - m.right + 44}" y="${ly + 4}">${escapeXml(s.name)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
