import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Model } from '@k8s-diagrams/core';
import type { ElkNode } from '@k8s-diagrams/layout';
import { fromElk, ROOT_LAYOUT_OPTIONS, toElk } from '@k8s-diagrams/layout/pipeline';
import { nodeElkFactory } from '@k8s-diagrams/layout/node';

/** kubectl above a control plane holding an apiserver and a scheduler. */
const fixture = (): Model => ({
  components: [
    { id: 'kubectl', kind: 'kubectl' },
    { id: 'cp', kind: 'control-plane' },
    { id: 'api', kind: 'apiserver', parent: 'cp' },
    { id: 'sched', kind: 'scheduler', parent: 'cp' },
  ],
  edges: [
    { from: 'kubectl', to: 'api' },
    { from: 'sched', to: 'api' },
  ],
});

describe('toElk', () => {
  it('builds the ELK graph: sized boxes, padded groups, edges down the flow of work', () => {
    const { graph, plan } = toElk(fixture());
    assert.deepEqual(graph, {
      id: 'root',
      layoutOptions: ROOT_LAYOUT_OPTIONS,
      children: [
        { id: 'kubectl', width: 104, height: 40 },
        {
          id: 'cp',
          children: [
            { id: 'api', width: 152, height: 40 },
            { id: 'sched', width: 156, height: 40 },
          ],
          layoutOptions: { 'elk.padding': '[top=34,left=14,bottom=14,right=14]' },
        },
      ],
      edges: [
        { id: 'e0', sources: ['kubectl'], targets: ['api'] },
        // The scheduler calls the apiserver, but work flows down: the layout edge is reversed.
        { id: 'e1', sources: ['api'], targets: ['sched'] },
      ],
    });
    assert.deepEqual([...plan.edges], [
      ['e0', { edge: 0, reversed: false }],
      ['e1', { edge: 1, reversed: true }],
    ]);
  });

  it('is pure: the same model gives the same graph', () => {
    assert.deepEqual(toElk(fixture()).graph, toElk(fixture()).graph);
  });
});

describe('fromElk', () => {
  it('reads absolute boxes and turns reversed routes back to the model direction', () => {
    const { plan } = toElk(fixture());
    const answer: ElkNode = {
      id: 'root',
      width: 200,
      height: 200,
      children: [
        { id: 'kubectl', x: 8, y: 8, width: 108, height: 40 },
        {
          id: 'cp',
          x: 8,
          y: 84,
          width: 200,
          height: 160,
          children: [
            { id: 'api', x: 22, y: 118, width: 156, height: 40 },
            { id: 'sched', x: 22, y: 194, width: 160, height: 40 },
          ],
        },
      ],
      edges: [
        { id: 'e0', sources: [], targets: [], sections: [{ startPoint: { x: 62, y: 48 }, endPoint: { x: 62, y: 118 } }] },
        { id: 'e1', sources: [], targets: [], sections: [{ startPoint: { x: 100, y: 158 }, bendPoints: [{ x: 100, y: 170 }, { x: 102, y: 170 }], endPoint: { x: 102, y: 194 } }] },
      ],
    };
    const g = fromElk(answer, plan);
    assert.deepEqual(g.nodes, [
      { id: 'kubectl', kind: 'kubectl', x: 8, y: 8, width: 108, height: 40, group: false, depth: 0 },
      { id: 'cp', kind: 'control-plane', x: 8, y: 84, width: 200, height: 160, group: true, depth: 0 },
      { id: 'api', kind: 'apiserver', x: 22, y: 118, width: 156, height: 40, group: false, depth: 1, parent: 'cp' },
      { id: 'sched', kind: 'scheduler', x: 22, y: 194, width: 160, height: 40, group: false, depth: 1, parent: 'cp' },
    ]);
    assert.deepEqual(g.edges, [
      { id: 'kubectl->api', from: 'kubectl', to: 'api', kind: 'call', points: [{ x: 62, y: 48 }, { x: 62, y: 118 }] },
      {
        id: 'sched->api',
        from: 'sched',
        to: 'api',
        kind: 'call',
        points: [{ x: 102, y: 194 }, { x: 102, y: 170 }, { x: 100, y: 170 }, { x: 100, y: 158 }],
      },
    ]);
    assert.equal(g.width, 216);
    assert.equal(g.height, 252);
  });
});

describe('ELK in Node on the fixture', () => {
  it('gives the same exact coordinates every time', async () => {
    const { graph, plan } = toElk(fixture());
    const elk = await nodeElkFactory();
    const g = fromElk(await elk.layout(structuredClone(graph)), plan);
    const again = fromElk(await (await nodeElkFactory()).layout(structuredClone(graph)), plan);
    assert.deepEqual(g, again);
    const at = (id: string) => g.nodes.find((n) => n.id === id)!;
    assert.deepEqual([at('kubectl').x, at('kubectl').y], [48, 8]);
    assert.deepEqual([at('cp').x, at('cp').y, at('cp').width, at('cp').height], [8, 89, 184, 148]);
    assert.deepEqual([at('api').x, at('api').y], [24, 123]);
    assert.deepEqual([at('sched').x, at('sched').y], [22, 183]);
    // kubectl straight down into the apiserver; the scheduler's call straight up into it.
    assert.deepEqual(g.edges.map((e) => e.points), [
      [{ x: 100, y: 48 }, { x: 100, y: 123 }],
      [{ x: 100, y: 183 }, { x: 100, y: 163 }],
    ]);
    assert.deepEqual([g.width, g.height], [200, 245]);
  });
});
