import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildContainerStackModel, buildControlPlaneModel, findRoute, resolveHighlight } from '@k8s-diagrams/core';

describe('routes and highlight', () => {
  const stack = buildContainerStackModel();

  it('finds the route kubelet > containerd > runc through the CRI and the shim', () => {
    const r = resolveHighlight(stack, 'kubelet>containerd>runc');
    assert.ok(r.ok && r.value);
    assert.deepEqual([...r.value.edges], ['kubelet->cri', 'cri->containerd', 'containerd->shim', 'shim->runc']);
    assert.deepEqual([...r.value.components].sort(), ['containerd', 'cri', 'kubelet', 'runc', 'shim']);
  });

  it('never routes through the removed dockershim path', () => {
    const route = findRoute(stack, 'kubelet', 'dockerd');
    assert.ok(route);
    assert.ok(route.every((h) => h.edge !== 'kubelet->dockerd'));
  });

  it('reports a name that is not on the figure and a pair with no route', () => {
    const unknown = resolveHighlight(stack, 'kubelet>etcd');
    assert.equal(unknown.ok, false);
    assert.match(unknown.ok ? '' : unknown.errors[0]!.message.en, /“etcd”, which is not on this figure/);
    const disconnected = resolveHighlight({ components: [{ id: 'a', kind: 'runc' }, { id: 'b', kind: 'crun' }], edges: [] }, 'a>b');
    assert.equal(disconnected.ok, false);
    assert.equal(disconnected.ok ? '' : disconnected.errors[0]!.code, 'invalid-attribute');
    assert.match(disconnected.ok ? '' : disconnected.errors[0]!.message.en, /no route from “a” to “b”/);
  });

  it('reaches the members of an external etcd cluster through the group', () => {
    const m = buildControlPlaneModel({ replicas: 3, etcd: 'external' });
    const route = findRoute(m, 'apiserver-2', 'etcd-1');
    assert.deepEqual(route?.map((h) => h.edge), ['apiserver-2->etcd-cluster', '']);
  });
});
