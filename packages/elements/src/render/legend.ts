import { CATALOG, localize, messages, type EdgeKind, type Lang, type ModelComponent } from '@k8s-diagrams/core';
import { iconTemplate } from './icons.js';
import type { Geometry } from '@k8s-diagrams/layout';
import { html, nothing, svg, type TemplateResult } from 'lit';

const EDGE_ORDER: EdgeKind[] = ['call', 'indirect', 'peer', 'removed'];

function edgeSample(kind: EdgeKind) {
  const directed = kind !== 'peer';
  return svg`<svg width="34" height="12" viewBox="0 0 34 12" aria-hidden="true" class="edge kind-${kind}">
    <path d="M2 6H${directed ? 26 : 32}"></path>
    ${directed ? svg`<path class="head" d="M32 6L25 2.2V9.8Z"></path>` : nothing}
  </svg>`;
}

/**
 * What the figure's symbols mean: each kind drawn (icon and name), each kind of link,
 * in the current language. Collapsed by default so it never crowds a docs page.
 */
export function renderLegend(geometry: Geometry, components: ReadonlyMap<string, ModelComponent>, lang: Lang): TemplateResult {
  const m = messages(lang);
  const kinds = [...new Set(geometry.nodes.map((n) => components.get(n.id)!.kind))];
  const edgeKinds = EDGE_ORDER.filter((k) => geometry.edges.some((e) => e.kind === k));
  return html`<details class="legend" part="legend">
    <summary>${m.legend}</summary>
    <ul>
      ${kinds.map(
        (kind) => html`<li data-legend-kind=${kind}>
          <svg width="18" height="18" viewBox="0 0 32 32" aria-hidden="true">${iconTemplate(CATALOG[kind].icon)}</svg>
          <span>${localize(CATALOG[kind].label, lang)}</span>
        </li>`,
      )}
      ${edgeKinds.map((kind) => html`<li data-legend-edge=${kind}>${edgeSample(kind)}<span>${m.edge[kind]}</span></li>`)}
    </ul>
  </details>`;
}
