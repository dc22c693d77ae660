import { expect } from '@open-wc/testing';
import { BUILTIN_SCENARIOS } from '@k8s-diagrams/core';
import { mount, shadow, type AnyDiagram } from './helpers.js';
import { crossings } from './title-crossings.js';

/**
 * What a designer saw: badges over arrowheads, token labels over component names. Every
 * built-in scenario, on each figure it is written for, beat by beat (tokens at rest, as
 * under reduced motion): no state badge covers an arrowhead, and no token label covers a
 * component's name or a group's title, no token label runs past the figure's edge, and no
 * link drawn at that beat runs through a title.
 */
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  what: string;
}

const boxOf = (el: Element, what: string): Box => {
  const r = el.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, what };
};

/** Overlap of two boxes, in px², ignoring a 1 px touch. */
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left) - 1;
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) - 1;
  return w > 0 && h > 0 ? w * h : 0;
}

function collisions(el: AnyDiagram): string[] {
  const root = shadow(el);
  const found: string[] = [];
  const heads = [...root.querySelectorAll('g[data-edge] .head')].map((h) => boxOf(h, `arrowhead of ${h.closest('[data-edge]')!.getAttribute('data-edge')}`));
  const pills = [...root.querySelectorAll('[data-component] .pill rect')].map((p) => boxOf(p, `badge of ${p.closest('[data-component]')!.getAttribute('data-component')}`));
  for (const pill of pills) for (const head of heads) if (overlap(pill, head) > 2) found.push(`${pill.what} covers the ${head.what}`);
  const names = [
    ...[...root.querySelectorAll('.component .label')].map((t) => boxOf(t, `name of ${t.closest('[data-component]')!.getAttribute('data-component')}`)),
    ...[...root.querySelectorAll('.group-title .title')].map((t) => boxOf(t, `title of ${t.closest('[data-title-of]')!.getAttribute('data-title-of')}`)),
  ];
  const labels = [...root.querySelectorAll('.motion-overlay .k8s-token-label')].map((l) => boxOf(l, `label “${l.textContent}”`));
  for (const label of labels) for (const name of names) if (overlap(label, name) > 4) found.push(`${label.what} covers the ${name.what}`);
  // Nor does a label run past the drawing's edge, where it is cut off.
  const edge = root.querySelector('.viewport')?.getBoundingClientRect();
  if (edge) for (const label of labels) if (label.left < edge.left - 1 || label.right > edge.right + 1 || label.top < edge.top - 1 || label.bottom > edge.bottom + 1) found.push(`${label.what} runs past the figure’s edge`);
  return found;
}

const FIGURES: Record<string, Array<{ tag: 'k8s-cluster' | 'k8s-control-plane' | 'k8s-worker-node' | 'container-stack'; attributes: Record<string, string> }>> = {
  'k8s-cluster': [{ tag: 'k8s-cluster', attributes: {} }],
  'k8s-control-plane': [{ tag: 'k8s-control-plane', attributes: { replicas: '3' } }],
  'k8s-worker-node': [{ tag: 'k8s-worker-node', attributes: {} }],
  'container-stack': [{ tag: 'container-stack', attributes: {} }],
};

describe('nothing covers what it should not, in every built-in scenario', () => {
  let real: typeof window.matchMedia;
  before(() => {
    real = window.matchMedia;
    window.matchMedia = ((query: string) => {
      if (!query.includes('prefers-reduced-motion')) return real.call(window, query);
      return Object.assign(new EventTarget(), { matches: true, media: query, onchange: null }) as unknown as MediaQueryList;
    });
  });
  after(() => {
    window.matchMedia = real;
  });

  for (const scenario of Object.values(BUILTIN_SCENARIOS)) {
    for (const element of scenario.appliesTo ?? []) {
      for (const base of FIGURES[element] ?? []) {
        const ha = (scenario.id === 'ha-failover' || scenario.id === 'etcd-quorum-loss') && element === 'k8s-cluster' ? { ...base, attributes: { 'control-planes': '3' } } : base;
        const figure = scenario.id === 'load-balancer-service' ? { ...base, attributes: { cloud: 'OVH' } } : ha;
        it(`${scenario.id} on <${figure.tag}${Object.entries(figure.attributes).map(([k, v]) => ` ${k}="${v}"`).join('')}>`, async () => {
          const el = await mount({ name: scenario.id, tag: figure.tag, attributes: figure.attributes }, { scenario: scenario.id, style: 'width: 1400px; display: block' });
          const problems = new Set([...collisions(el), ...crossings(el)].map((p) => `before the first step: ${p}`));
          for (let beat = 0; beat < el.steps.reduce((n, s) => Math.max(n, s.beat + 1), 0); beat++) {
            el.seek(beat);
            await el.updateComplete;
            for (const p of [...collisions(el), ...crossings(el)]) problems.add(`step ${beat + 1}: ${p}`);
          }
          expect([...problems]).to.deep.equal([]);
        });
      }
    }
  }
});
