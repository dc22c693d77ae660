import { expect } from '@open-wc/testing';
import { BUILTIN_SCENARIOS } from '@k8s-diagrams/core';
import { CLUSTER, CONTAINER_STACK, CONTROL_PLANE, WORKER_NODE } from '../../../stories/configurations.js';
import { mount } from './helpers.js';
import { crossings } from './title-crossings.js';

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
