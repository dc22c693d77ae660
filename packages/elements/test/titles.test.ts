import { expect } from '@open-wc/testing';
import { BUILTIN_SCENARIOS } from '@k8s-diagrams/core';
import { CLUSTER, CONTAINER_STACK, CONTROL_PLANE, WORKER_NODE } from '../../../stories/configurations.js';
import { mount, shadow, type AnyDiagram } from './helpers.js';

/**
 * No link runs through a group's or a band's title (its icon and text): every story
 * configuration, and every figure as a built-in scenario draws it (with its added parts).
 */
function crossings(el: AnyDiagram): string[] {
  const root = shadow(el);
  const titles = [...root.querySelectorAll<SVGGElement>('.group-title')].map((t) => ({ id: t.getAttribute('data-title-of')!, box: t.getBoundingClientRect() }));
  const found = new Set<string>();
  // A title that moved to keep clear of links stays inside its group.
  for (const t of root.querySelectorAll<SVGGElement>('.group-title')) {
    const id = t.getAttribute('data-title-of')!;
    const title = t.getBoundingClientRect();
    const group = root.querySelector(`[data-component="${CSS.escape(id)}"] .group-box`)!.getBoundingClientRect();
    if (title.left < group.left || title.right > group.right + 1) found.add(`the title of ${id} leaves its group`);
  }
  for (const path of root.querySelectorAll<SVGPathElement>('g[data-edge] > path:not(.head):not(.cross)')) {
    const edge = path.parentElement!.getAttribute('data-edge')!;
    const matrix = path.getScreenCTM()!;
    const length = path.getTotalLength();
    for (let d = 0; d <= length; d += 2) {
      const p = new DOMPoint(path.getPointAtLength(d).x, path.getPointAtLength(d).y).matrixTransform(matrix);
      for (const { id, box } of titles)
        if (p.x > box.left + 1 && p.x < box.right - 1 && p.y > box.top + 1 && p.y < box.bottom - 1) found.add(`${edge} crosses the title of ${id}`);
    }
  }
  return [...found];
}

/**
 * Crossings still drawn, each named: the test fails if one of them disappears (remove it
 * here) or if any other crossing appears. None left.
 */
const KNOWN: Record<string, string[]> = {};

describe('no link crosses a title', () => {
  for (const configuration of [...CLUSTER.filter((c) => c.name !== 'Two hundred workers'), ...CONTROL_PLANE, ...WORKER_NODE, ...CONTAINER_STACK])
    it(`${configuration.tag} · ${configuration.name}`, async () => {
      const el = await mount(configuration);
      expect(crossings(el).sort()).to.deep.equal(KNOWN[`${configuration.tag} · ${configuration.name}`] ?? []);
    });

  for (const scenario of Object.values(BUILTIN_SCENARIOS))
    for (const element of scenario.appliesTo ?? []) {
      const attributes: Record<string, string> = scenario.id === 'ha-failover' || scenario.id === 'etcd-quorum-loss' ? (element === 'k8s-cluster' ? { 'control-planes': '3' } : { replicas: '3' }) : {};
      if (scenario.id === 'load-balancer-service') attributes.cloud = 'OVH';
      it(`${scenario.id} on <${element}>`, async () => {
        const el = await mount({ name: scenario.id, tag: element, attributes }, { scenario: scenario.id });
        expect(crossings(el).sort()).to.deep.equal(KNOWN[`${scenario.id} on <${element}>`] ?? []);
      });
    }
});
