import { html, nothing, svg, type TemplateResult } from 'lit';
import type { DrawingLayers } from './drawing.js';

// It imports nothing from the entry's modules (only types): sharing one with it would cut
// the entry into more files, and it would grow.

/** What the stack draws: the drawing's parts (see `drawingLayers`) and where it sits. */
export interface StackInput {
  layers: DrawingLayers;
  icons: unknown;
  /** The focus ring and the motion layer, on top of everything. */
  top: unknown;
  viewBox: string;
  /** Size on the page. */
  width: number;
  height: number;
  /** CSS transform of the pan and zoom, the same on every sheet. */
  transform: string;
  /** Zoomed out so far that texts could not be read: they and the icons are left out. */
  far: boolean;
}

/** Layers, bottom to top, and whether assistive technology skips them (components carry the meaning). */
const ORDER: ReadonlyArray<[keyof DrawingLayers, boolean]> = [
  ['groups', false],
  ['edges', true],
  ['titles', true],
  ['components', false],
];

/**
 * A big drawing as a stack of transparent SVG sheets, one per layer and slice, in the
 * layers’ order (ARCHITECTURE.md §3, "Big diagrams"). Chromium repaints a whole `<svg>`
 * when anything inside it changes: with one sheet per slice, the slice being added (or a
 * component whose state changes) repaints its own sheet, not the thousands of parts
 * already drawn. Sheets are appended at the end of their layer, so Lit never moves one.
 * They lie on one another and only what they draw takes the pointer: the rules are inline
 * because this module is fetched only for big diagrams.
 */
export function renderDrawingStack(input: StackInput): TemplateResult {
  // Far out, the boxes, links and the names given to assistive technology stay; texts and
  // icons, most of the style, layout and paint, go.
  const { layers, far } = input;
  const sheet = (content: unknown, hidden: boolean) =>
    html`<svg
      class="sheet ${far ? 'far' : ''}"
      aria-hidden=${hidden ? 'true' : nothing}
      width=${input.width}
      height=${input.height}
      viewBox=${input.viewBox}
      style="position:absolute;left:0;top:0;pointer-events:none;transform:${input.transform}"
    ><g pointer-events="visiblePainted">${content}</g></svg>`;
  return html`<style>
      .sheet.far text,
      .sheet.far .icon {
        display: none;
      }
    </style>${sheet(input.icons, true)}${ORDER.map(
      ([name, hidden]) =>
        html`<div class="layer">${layers[name].map((slice) => sheet(svg`<g class=${name}>${slice}</g>`, hidden))}</div>`,
    )}${sheet(input.top, false)}`;
}
