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
 * Crossings still drawn, each named (issue 11 item 9 is only partly done): the load
 * balancer's links into French control-plane nodes whose title is wider than their API
 * server; a kubelet's link in two scenarios; the managed snapshot's long node names. The test
 * fails if one of them disappears (remove it here) or if any other crossing appears.
 */
const KNOWN: Record<string, string[]> = {
  'k8s-control-plane · High availability (French)': ['lb->apiserver-1 crosses the title of control-plane-1', 'lb->apiserver-2 crosses the title of control-plane-2', 'lb->apiserver-3 crosses the title of control-plane-3'],
  'k8s-control-plane · High availability, static Pods (French)': ['lb->apiserver-1 crosses the title of control-plane-1', 'lb->apiserver-2 crosses the title of control-plane-2', 'lb->apiserver-3 crosses the title of control-plane-3'],
  'k8s-cluster · Snapshot: managed (French)': ['ip-10-0-1-23.eu-west-1.compute.internal.kubelet->apiserver crosses the title of ip-10-0-1-23.eu-west-1.compute.internal', 'ip-10-0-2-41.eu-west-1.compute.internal.kubelet->apiserver crosses the title of ip-10-0-2-41.eu-west-1.compute.internal', 'ip-10-0-3-7.eu-west-1.compute.internal.kube-proxy->apiserver crosses the title of ip-10-0-3-7.eu-west-1.compute.internal', 'ip-10-0-3-7.eu-west-1.compute.internal.kubelet->apiserver crosses the title of ip-10-0-3-7.eu-west-1.compute.internal', 'kubectl->apiserver crosses the title of control-plane'],
  'service-traffic on <k8s-cluster>': ['worker-2.kubelet->apiserver crosses the title of worker-2'],
  // The links into each node's rules (kube-proxy's, the cloud load balancer's) leave the title no room past the kubelet's.
  'load-balancer-service on <k8s-cluster>': ['worker-1.kubelet->apiserver crosses the title of worker-1', 'worker-2.kubelet->apiserver crosses the title of worker-2'],
};

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
