import {
  CATALOG,
  componentLabel,
  messages,
  type ComponentState,
  type IconName,
  type Kind,
  type Lang,
  type ModelComponent,
} from '@k8s-diagrams/core';
import { iconTemplate } from './icons.js';
import { BOX, GROUP, labelLines, textWidth, type EdgeRoute, type Geometry, type NodeBox } from '@k8s-diagrams/layout';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { arrowHead, midpoint, roundedPath, trimEnd } from './paths.js';

export interface DrawingInput {
  geometry: Geometry;
  components: ReadonlyMap<string, ModelComponent>;
  lang: Lang;
  /** The component that has focus: it gets the (single) focus ring. */
  focused?: string | undefined;
  /** When set, these stand out and everything else is dimmed. */
  emphasis?: { components: ReadonlySet<string>; edges: ReadonlySet<string> } | undefined;
  /** States that replace the model's (the player's current beat). */
  states?: ReadonlyMap<string, ComponentState> | undefined;
  /**
   * Draw only this many slices for now: a big diagram is drawn in slices of `SLICE`
   * components, each with its share of outlines, links and titles. All when unset.
   */
  slices?: number | undefined;
}

/** Id of the hidden text describing a kind, shared by every component of that kind. */
export const kindDescriptionId = (kind: Kind): string => `about-${kind}`;

const iconId = (icon: IconName): string => `icon-${icon}`;

function emphasisClass(input: DrawingInput, set: 'components' | 'edges', id: string): string {
  if (!input.emphasis) return '';
  return input.emphasis[set].has(id) ? 'emphasized' : 'dimmed';
}

/**
 * Each icon once per shadow root, as a pattern every icon box is filled with: one element per
 * drawn icon and no copies of its shapes (a `<use>` clones them into its own shadow tree).
 */
function iconSymbols(geometry: Geometry): SVGTemplateResult {
  const icons = [...new Set(geometry.nodes.map((n) => CATALOG[n.kind].icon))];
  return svg`<defs>${icons.map((icon) => svg`<pattern id=${iconId(icon)} patternUnits="objectBoundingBox" width="1" height="1" viewBox="0 0 32 32">${iconTemplate(icon)}</pattern>`)}</defs>`;
}

/** What an icon box is filled with: its icon's pattern. */
const iconFill = (kind: Kind): string => `url(#${iconId(CATALOG[kind].icon)})`;

/**
 * A state badge straddles the box's top side, at its right corner, or at its left one when
 * a link meets the top there (the badge would hide its arrowhead), else on the bottom side.
 */
function pill(text: string, box: NodeBox, geometry: Geometry): SVGTemplateResult {
  const width = Math.ceil(textWidth(text, 11) + 12);
  const ends = partsOf(geometry).ends.get(box.id) ?? [];
  const clear = (x: number) => !ends.some((e) => e > x - 8 && e < x + width + 8);
  const right = box.width - width - 6;
  const [x, y] = clear(right) ? [right, -9] : clear(6) ? [6, -9] : [right, box.height - 8];
  return svg`<g class="pill" transform="translate(${x} ${y})">
    <rect width=${width} height="17" rx="8.5"></rect>
    <text x=${width / 2} y="12.5" text-anchor="middle">${` ${text}`}</text>
  </g>`;
}

function stateOf(c: ModelComponent, input: DrawingInput): ComponentState | undefined {
  return input.states?.get(c.id) ?? c.state;
}

function leaf(box: NodeBox, c: ModelComponent, input: DrawingInput): SVGTemplateResult {
  const { lang } = input;
  const label = componentLabel(c, lang);
  const lines = labelLines(label);
  const state = stateOf(c, input);
  const stateText = state ? messages(lang).state[state] : undefined;
  const textX = BOX.padX + BOX.icon + BOX.gap;
  const firstBaseline = box.height / 2 + 4.5 - ((lines.length - 1) * BOX.lineHeight) / 2;
  const stacked = c.count !== undefined && c.count > 1;
  const iconY = (box.height - BOX.icon) / 2;
  // One template per component, its icon and label inline (no nested template per part).
  return svg`<g
    class="component kind-${c.kind} ${state ? `state-${state}` : ''} ${emphasisClass(input, 'components', c.id)}"
    data-component=${c.id}
    data-kind=${c.kind}
    part="component"
    role="button"
    tabindex="-1"
    aria-label=${stateText ? `${label} ${stateText}` : label}
    aria-describedby=${kindDescriptionId(c.kind)}
    transform="translate(${box.x} ${box.y})"
  >${stacked
      ? svg`<rect class="box" x="6" y="-6" width=${box.width} height=${box.height} rx="6"></rect><rect class="box" x="3" y="-3" width=${box.width} height=${box.height} rx="6"></rect>`
      : nothing}<rect class="box" width=${box.width} height=${box.height} rx="6"></rect><rect class="icon" fill=${iconFill(c.kind)} x=${BOX.padX} y=${iconY} width=${BOX.icon} height=${BOX.icon}></rect><text class="label" x=${textX} y=${firstBaseline}>${lines.length === 1
      ? label
      : lines.map((line, i) => svg`<tspan x=${textX} dy=${i === 0 ? 0 : BOX.lineHeight}>${line}</tspan>`)}</text>${stateText ? pill(stateText, box, input.geometry) : nothing}</g>`;
}

function group(box: NodeBox, c: ModelComponent, input: DrawingInput): SVGTemplateResult {
  const { lang } = input;
  const title = componentLabel(c, lang);
  const state = stateOf(c, input);
  const stateText = state ? messages(lang).state[state] : undefined;
  return svg`<g
    class="group depth-${box.depth % 3} ${state ? `state-${state}` : ''}"
    data-component=${c.id}
    data-kind=${c.kind}
    part="component group"
    role="button"
    tabindex="-1"
    aria-label=${stateText ? `${title} ${stateText}` : title}
    aria-describedby=${kindDescriptionId(c.kind)}
    transform="translate(${box.x} ${box.y})"
  ><rect class="group-box" width=${box.width} height=${box.height} rx="10"></rect>${stateText ? pill(stateText, box, input.geometry) : nothing}</g>`;
}

/**
 * A group's title, drawn above the edges so that its halo (the group's own colour) hides
 * the links that cross it. The group itself carries the accessible name.
 */
function groupTitle(box: NodeBox, c: ModelComponent, input: DrawingInput): SVGTemplateResult {
  const title = componentLabel(c, input.lang);
  const room = box.width - (GROUP.pad + GROUP.icon + 8) - GROUP.pad;
  // A title longer than its group (rare: a long custom label) is squeezed, never cut.
  const width = textWidth(title, GROUP.titleSize, true);
  const squeeze = width > room ? room : undefined;
  const x = box.x + titleShift(input.geometry, box, GROUP.icon + 10 + Math.min(width, room));
  return svg`<g class="group-title depth-${box.depth % 3}" data-title-of=${c.id} transform="translate(${x} ${box.y})"
    ><rect class="icon" fill=${iconFill(c.kind)} x=${GROUP.pad - 2} y="9" width=${GROUP.icon} height=${GROUP.icon}></rect><text
      class="title"
      x=${GROUP.pad + GROUP.icon + 6}
      y="22"
      textLength=${squeeze ?? nothing}
      lengthAdjust=${squeeze ? 'spacingAndGlyphs' : nothing}
    >${title}</text></g>`;
}

/**
 * How far right of its usual place a group's title goes so that no link crosses it: past
 * every link that runs through the title's band where the title would be (a link entering
 * the group from above, a kubelet's line leaving its node), if the group is wide enough.
 */
function titleShift(geometry: Geometry, box: NodeBox, width: number): number {
  const top = box.y + 6;
  const bottom = box.y + 28;
  const blocked: Array<[number, number]> = [];
  const { segments } = partsOf(geometry);
  // Only the segments filed under the cells the title's rows fall in.
  for (let band = Math.floor(top / BAND); band <= Math.floor(bottom / BAND); band++)
    for (let column = Math.floor((box.x - 4) / COLUMN); column <= Math.floor((box.x + box.width + 4) / COLUMN); column++)
      for (const [x0, y0, x1, y1] of segments.get(cell(band, column)) ?? []) {
        if (y1 < top || y0 > bottom || x1 < box.x - 4 || x0 > box.x + box.width + 4) continue;
        blocked.push([x0 - box.x - 4, x1 - box.x + 4]);
      }
  for (const start of [0, ...blocked.map((r) => r[1] - GROUP.pad + 2).filter((x) => x > 0)].sort((p, q) => p - q)) {
    const from = GROUP.pad - 2 + start;
    if (from + width > box.width - 4) break;
    if (!blocked.some(([l, r]) => r > from && l < from + width)) return start;
  }
  return 0;
}

function edge(route: EdgeRoute, input: DrawingInput): SVGTemplateResult {
  const directed = route.kind !== 'peer';
  const line = directed ? trimEnd(route.points, 5) : route.points;
  const mid = route.kind === 'removed' ? midpoint(route.points) : undefined;
  const first = route.points[0]!;
  const last = route.points[route.points.length - 1]!;
  const head = directed
    ? arrowHead(route.points)
    : `M${first.x - 2.5} ${first.y}a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0M${last.x - 2.5} ${last.y}a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0`;
  return svg`<g class="edge kind-${route.kind} ${emphasisClass(input, 'edges', route.id)}" data-edge=${route.id} part="edge"><path
      d=${roundedPath(line)}
    ></path><path class="head" d=${head}></path>${mid
      ? svg`<path class="cross" d="M${mid.x - 5} ${mid.y - 5}l10 10m0 -10l-10 10"></path>`
      : nothing}</g>`;
}

/** The one focus ring, around the focused component. */
export function focusRing(input: DrawingInput): SVGTemplateResult | typeof nothing {
  const box = input.focused ? input.geometry.nodes.find((n) => n.id === input.focused) : undefined;
  if (!box) return nothing;
  const pad = box.group ? 3 : 4;
  return svg`<rect
    class="focus-ring"
    x=${box.x - pad}
    y=${box.y - pad}
    width=${box.width + 2 * pad}
    height=${box.height + 2 * pad}
    rx=${box.group ? 12 : 9}
  ></rect>`;
}

/** The drawing's layers, bottom to top: outlines, links, titles over the links, components. */
export interface DrawingLayers {
  groups: unknown[];
  edges: unknown[];
  titles: unknown[];
  components: unknown[];
}

/**
 * Each layer's slices drawn so far (see `SLICE`): slice k of a layer holds its parts from
 * ⌊k·n/steps⌋ on, fixed bounds, so a slice once drawn is never rebuilt (guard), and every
 * layer is spread evenly over the steps. Parts are re-rendered only when what they show
 * changes: hovering or focusing, or the next slice, does not rebuild thousands of components.
 */
export function drawingLayers(input: DrawingInput): DrawingLayers {
  const { geometry, components, emphasis, states, lang } = input;
  const deps = [geometry, components, lang, emphasis, states];
  const { leaves, groups, steps } = partsOf(geometry);
  const shown = Math.min(steps, input.slices ?? Infinity);
  const layer = <T>(parts: readonly T[], draw: (part: T) => SVGTemplateResult, depsOf: unknown[]) => {
    const bound = (step: number) => Math.floor((step * parts.length) / steps);
    const out: unknown[] = [];
    for (let step = 0; step < shown; step++) {
      const slice = parts.slice(bound(step), bound(step + 1));
      out.push(guard(depsOf, () => slice.map(draw)));
    }
    return out;
  };
  return {
    groups: layer(groups, (n) => group(n, components.get(n.id)!, input), deps),
    edges: layer(geometry.edges, (e) => edge(e, input), [geometry, emphasis]),
    titles: layer(groups, (n) => groupTitle(n, components.get(n.id)!, input), [geometry, components, lang]),
    components: layer(leaves, (n) => leaf(n, components.get(n.id)!, input), deps),
  };
}

/** The icons the drawing's boxes are filled with, built once per geometry. */
export const drawingIcons = (geometry: Geometry): unknown => guard([geometry], () => iconSymbols(geometry));

/**
 * The drawing in one SVG: groups (outermost first), then edges, then components on top.
 * Every part carries the contract's data hooks (`data-component`, `data-kind`, `data-edge`).
 * Edges and titles are decoration for assistive technology (`aria-hidden`): components
 * carry the meaning.
 */
export function renderDrawing(input: DrawingInput): SVGTemplateResult {
  const { groups, edges, titles, components } = drawingLayers(input);
  return svg`${drawingIcons(input.geometry)}
    <g class="groups">${groups}</g>
    <g class="edges" aria-hidden="true">${edges}</g>
    <g class="titles" aria-hidden="true">${titles}</g>
    <g class="components">${components}</g>
    ${focusRing(input)}`;
}

/** Components per slice of a big diagram's drawing (the progressive drawing adds one per task). */
export const SLICE = 100;

interface Parts {
  /** Where links meet each box's top side, x from the box's left. */
  ends: Map<string, number[]>;
  leaves: NodeBox[];
  /** Outermost first. */
  groups: NodeBox[];
  /** Slices the drawing is cut into. */
  steps: number;
  /** Every edge segment as [minX, minY, maxX, maxY], filed under each cell of `BAND` × `COLUMN` px it spans. */
  segments: Map<number, Array<[number, number, number, number]>>;
}

/** Height and width of the cells edge segments are filed under (titles look only at their own cells). */
const BAND = 64;
const COLUMN = 512;
const cell = (band: number, column: number) => band * 65536 + column;

// Sorted once per geometry, not at every render (hovering re-renders a 1,400-part drawing).
const parts = new WeakMap<Geometry, Parts>();

/**
 * A geometry's leaves and groups, and its slices: each adds the same share of every layer
 * (outlines, links, titles, components), so no frame styles and paints a whole layer at once.
 */
function partsOf(geometry: Geometry): Parts {
  let p = parts.get(geometry);
  if (!p) {
    const leaves = geometry.nodes.filter((n) => !n.group);
    const groups = geometry.nodes.filter((n) => n.group).sort((a, b) => a.depth - b.depth);
    const boxes = new Map(geometry.nodes.map((n) => [n.id, n]));
    const ends = new Map<string, number[]>();
    for (const e of geometry.edges)
      for (const [id, end] of [
        [e.from, e.points[0]],
        [e.to, e.points[e.points.length - 1]],
      ] as const) {
        const b = boxes.get(id);
        if (b && end && Math.abs(end.y - b.y) < 2) (ends.get(id) ?? ends.set(id, []).get(id)!).push(end.x - b.x);
      }
    const segments = new Map<number, Array<[number, number, number, number]>>();
    for (const e of geometry.edges)
      for (let i = 1; i < e.points.length; i++) {
        const a = e.points[i - 1]!;
        const b = e.points[i]!;
        const seg: [number, number, number, number] = [Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y)];
        for (let band = Math.floor(seg[1] / BAND); band <= Math.floor(seg[3] / BAND); band++)
          for (let column = Math.floor(seg[0] / COLUMN); column <= Math.floor(seg[2] / COLUMN); column++) {
            const key = cell(band, column);
            (segments.get(key) ?? segments.set(key, []).get(key)!).push(seg);
          }
      }
    p = { ends, leaves, groups, steps: Math.max(1, Math.ceil(leaves.length / SLICE)), segments };
    parts.set(geometry, p);
  }
  return p;
}

/** How many slices (one task each) the drawing of `geometry` takes. */
export const sliceCount = (geometry: Geometry): number => partsOf(geometry).steps;

/** The kinds drawn, whose descriptions the components point to. */
export function drawnKinds(geometry: Geometry): Kind[] {
  return [...new Set(geometry.nodes.map((n) => n.kind))];
}
