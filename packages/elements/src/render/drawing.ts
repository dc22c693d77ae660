import {
  CATALOG,
  componentDescription,
  componentLabel,
  messages,
  type Lang,
  type ModelComponent,
} from '@k8s-diagrams/core';
import { iconTemplate } from '@k8s-diagrams/icons';
import { BOX, GROUP, labelLines, textWidth, type EdgeRoute, type Geometry, type NodeBox } from '@k8s-diagrams/layout';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { arrowHead, midpoint, roundedPath, trimEnd } from './paths.js';

export interface DrawingInput {
  geometry: Geometry;
  components: ReadonlyMap<string, ModelComponent>;
  lang: Lang;
  /** Id of the component the reader points at or has focused. */
  current?: string | undefined;
  /** When set, these stand out and everything else is dimmed. */
  emphasis?: { components: ReadonlySet<string>; edges: ReadonlySet<string> } | undefined;
}

function emphasisClass(input: DrawingInput, set: 'components' | 'edges', id: string): string {
  if (!input.emphasis) return '';
  return input.emphasis[set].has(id) ? 'emphasized' : 'dimmed';
}

/** The id every component's description element gets, for aria-describedby. */
export const descriptionId = (index: number): string => `d${index}`;

function icon(kind: ModelComponent['kind'], x: number, y: number, size: number): SVGTemplateResult {
  return svg`<svg class="icon" x=${x} y=${y} width=${size} height=${size} viewBox="0 0 32 32" aria-hidden="true">${iconTemplate(CATALOG[kind].icon)}</svg>`;
}

function pill(text: string, boxWidth: number): SVGTemplateResult {
  const width = Math.ceil(textWidth(text, 11) + 12);
  return svg`<g class="pill" transform="translate(${boxWidth - width - 6} -9)" aria-hidden="true">
    <rect width=${width} height="17" rx="8.5"></rect>
    <text x=${width / 2} y="12.5" text-anchor="middle">${` ${text}`}</text>
  </g>`;
}

function leaf(box: NodeBox, c: ModelComponent, input: DrawingInput, index: number): SVGTemplateResult {
  const { lang } = input;
  const label = componentLabel(c, lang);
  const lines = labelLines(label);
  const stateText = c.state ? messages(lang).state[c.state] : undefined;
  const textX = BOX.padX + BOX.icon + BOX.gap;
  const firstBaseline = box.height / 2 + 4.5 - ((lines.length - 1) * BOX.lineHeight) / 2;
  const stacked = c.count !== undefined && c.count > 1;
  return svg`<g
    class="component kind-${c.kind} ${c.state ? `state-${c.state}` : ''} ${input.current === c.id ? 'current' : ''} ${emphasisClass(input, 'components', c.id)}"
    data-component=${c.id}
    data-kind=${c.kind}
    part="component"
    role="button"
    tabindex="-1"
    aria-label=${stateText ? `${label} ${stateText}` : label}
    aria-describedby=${descriptionId(index)}
    transform="translate(${box.x} ${box.y})"
  >
    <desc id=${descriptionId(index)}>${componentDescription(c, lang)}</desc>
    ${stacked
      ? svg`<rect class="box" x="6" y="-6" width=${box.width} height=${box.height} rx="6" aria-hidden="true"></rect>
            <rect class="box" x="3" y="-3" width=${box.width} height=${box.height} rx="6" aria-hidden="true"></rect>`
      : nothing}
    <rect class="box" width=${box.width} height=${box.height} rx="6"></rect>
    <rect class="focus-ring" x="-4" y="-4" width=${box.width + 8} height=${box.height + 8} rx="9"></rect>
    ${icon(c.kind, BOX.padX, (box.height - BOX.icon) / 2, BOX.icon)}
    <text class="label" x=${textX} y=${firstBaseline}>${lines.map(
      (line, i) => svg`<tspan x=${textX} dy=${i === 0 ? 0 : BOX.lineHeight}>${line}</tspan>`,
    )}</text>
    ${stateText ? pill(stateText, box.width) : nothing}
  </g>`;
}

function group(box: NodeBox, c: ModelComponent, input: DrawingInput, index: number): SVGTemplateResult {
  const { lang } = input;
  const title = componentLabel(c, lang);
  const stateText = c.state ? messages(lang).state[c.state] : undefined;
  const room = box.width - (GROUP.pad + GROUP.icon + 8) - GROUP.pad;
  // A title longer than its group (rare: a long custom label) is squeezed, never cut.
  const squeeze = textWidth(title, GROUP.titleSize, true) > room ? room : undefined;
  return svg`<g
    class="group depth-${box.depth % 3} ${c.state ? `state-${c.state}` : ''}"
    data-component=${c.id}
    data-kind=${c.kind}
    part="component group"
    role="button"
    tabindex="-1"
    aria-label=${stateText ? `${title} ${stateText}` : title}
    aria-describedby=${descriptionId(index)}
    transform="translate(${box.x} ${box.y})"
  >
    <desc id=${descriptionId(index)}>${componentDescription(c, lang)}</desc>
    <rect class="group-box" width=${box.width} height=${box.height} rx="10"></rect>
    <rect class="focus-ring" x="-3" y="-3" width=${box.width + 6} height=${box.height + 6} rx="12"></rect>
    ${icon(c.kind, GROUP.pad - 2, 9, GROUP.icon)}
    <text class="title" x=${GROUP.pad + GROUP.icon + 6} y="22" textLength=${squeeze ?? nothing} lengthAdjust=${squeeze ? 'spacingAndGlyphs' : nothing}>${title}</text>
    ${stateText ? pill(stateText, box.width) : nothing}
  </g>`;
}

function edge(route: EdgeRoute, input: DrawingInput): SVGTemplateResult {
  const directed = route.kind === 'call' || route.kind === 'indirect' || route.kind === 'removed';
  const line = directed ? trimEnd(route.points, 5) : route.points;
  const mid = route.kind === 'removed' ? midpoint(route.points) : undefined;
  return svg`<g class="edge kind-${route.kind} ${emphasisClass(input, 'edges', route.id)}" data-edge=${route.id} part="edge" aria-hidden="true">
    <path d=${roundedPath(line)}></path>
    ${directed ? svg`<path class="head" d=${arrowHead(route.points)}></path>` : nothing}
    ${route.kind === 'peer'
      ? svg`<circle class="head" cx=${route.points[0]!.x} cy=${route.points[0]!.y} r="2.5"></circle>
            <circle class="head" cx=${route.points.at(-1)!.x} cy=${route.points.at(-1)!.y} r="2.5"></circle>`
      : nothing}
    ${mid ? svg`<path class="cross" d="M${mid.x - 5} ${mid.y - 5}l10 10m0 -10l-10 10"></path>` : nothing}
  </g>`;
}

/**
 * The drawing: groups (outermost first), then edges, then components on top. Every part
 * carries the contract's data hooks (`data-component`, `data-kind`, `data-edge`).
 */
export function renderDrawing(input: DrawingInput): SVGTemplateResult {
  const { geometry, components } = input;
  const order = new Map<string, number>();
  geometry.nodes.forEach((n, i) => order.set(n.id, i));
  const groups = geometry.nodes.filter((n) => n.group).sort((a, b) => a.depth - b.depth);
  const leaves = geometry.nodes.filter((n) => !n.group);
  return svg`
    <g class="groups">${groups.map((n) => group(n, components.get(n.id)!, input, order.get(n.id)!))}</g>
    <g class="edges">${geometry.edges.map((e) => edge(e, input))}</g>
    <g class="components">${leaves.map((n) => leaf(n, components.get(n.id)!, input, order.get(n.id)!))}</g>
  `;
}
