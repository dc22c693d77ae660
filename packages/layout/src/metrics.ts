import { BOLD_WIDTHS, GLYPHS, REGULAR_WIDTHS } from './font-metrics.generated.js';

/** A glyph → advance (em) table from the generated compact form. */
function advances(widths: string): ReadonlyMap<string, number> {
  const w = widths.split(' ');
  return new Map([...GLYPHS].map((glyph, i) => [glyph, parseInt(w[i]!, 36) / 1000]));
}
const REGULAR_ADVANCES = advances(REGULAR_WIDTHS);
const BOLD_ADVANCES = advances(BOLD_WIDTHS);

/** Advance for glyphs outside the table: wide enough for most letters. */
const FALLBACK_ADVANCE = 0.65;

/** Width in px of `text` set in the diagram font at `size` px. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD_ADVANCES : REGULAR_ADVANCES;
  let em = 0;
  for (const ch of text) em += table.get(ch) ?? FALLBACK_ADVANCE;
  return em * size;
}

/**
 * Splits a label into one or two lines no wider than `maxWidth` if it can: breaks after a
 * dash or at a space, picking the most balanced break. Names are never cut mid-word.
 */
export function wrapLabel(text: string, size: number, maxWidth: number): string[] {
  if (textWidth(text, size) <= maxWidth) return [text];
  let best: [string, string] | undefined;
  let bestWidth = Infinity;
  for (let i = 1; i < text.length - 1; i++) {
    const ch = text[i]!;
    let head: string;
    let tail: string;
    if (ch === '-') [head, tail] = [text.slice(0, i + 1), text.slice(i + 1)];
    // A break at a space keeps the space at the end of the first line (invisible, but the
    // lines' text still joins into the label, which accessibility checks compare).
    else if (ch === ' ') [head, tail] = [text.slice(0, i + 1), text.slice(i + 1)];
    else continue;
    const width = Math.max(textWidth(head.trimEnd(), size), textWidth(tail, size));
    if (width < bestWidth) [best, bestWidth] = [[head, tail], width];
  }
  return best ?? [text];
}
