import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findRoute, resolveScenario, type Model } from '@k8s-diagrams/core';
import type { Geometry, NodeBox } from '@k8s-diagrams/layout';
import { motionSteps } from '../src/motion-steps.js';
import { borderToward, loopAround, pathForStep } from '../src/path.js';

const box = (id: string, x: number, y: number, width: number, height: number, extra: Partial<NodeBox> = {}): NodeBox => ({
  id,
  kind: 'pod',
  x,
  y,
  width,
  height,
  group: false,
  depth: 0,
  ...extra,
});

/**
 *   kubectl (100,0 100×40)
 *      │ kubectl->lb: (150,40) → (150,80)
 *   lb (100,80 100×40)
 *      │ lb->api: (150,120) → (150,140) → (60,140) → (60,160)  (bent)
 *   api (10,160 100×40)
 *      │ api->etcd-cluster: (60,200) → (60,240)
 *   etcd-cluster group (0,240 300×100) ⊃ etcd-1 (20,280 80×40), etcd-2 (200,280 80×40)
 */
const geometry: Geometry = {
  width: 300,
  height: 340,
  nodes: [
    box('kubectl', 100, 0, 100, 40),
    box('lb', 100, 80, 100, 40),
    box('api', 10, 160, 100, 40),
    box('etcd-cluster', 0, 240, 300, 100, { group: true, kind: 'layer' }),
    box('etcd-1', 20, 280, 80, 40, { parent: 'etcd-cluster', depth: 1 }),
    box('etcd-2', 200, 280, 80, 40, { parent: 'etcd-cluster', depth: 1 }),
  ],
  edges: [
    { id: 'kubectl->lb', from: 'kubectl', to: 'lb', kind: 'call', points: [{ x: 150, y: 40 }, { x: 150, y: 80 }] },
    { id: 'lb->api', from: 'lb', to: 'api', kind: 'call', points: [{ x: 150, y: 120 }, { x: 150, y: 140 }, { x: 60, y: 140 }, { x: 60, y: 160 }] },
    { id: 'api->etcd-cluster', from: 'api', to: 'etcd-cluster', kind: 'call', points: [{ x: 60, y: 200 }, { x: 60, y: 240 }] },
  ],
};

const model: Model = {
  components: [
    { id: 'kubectl', kind: 'kubectl' },
    { id: 'lb', kind: 'load-balancer' },
    { id: 'api', kind: 'apiserver' },
    { id: 'etcd-cluster', kind: 'layer' },
    { id: 'etcd-1', kind: 'etcd', parent: 'etcd-cluster' },
    { id: 'etcd-2', kind: 'etcd', parent: 'etcd-cluster' },
  ],
  edges: [
    { from: 'kubectl', to: 'lb' },
    { from: 'lb', to: 'api' },
    { from: 'api', to: 'etcd-cluster' },
  ],
};

const path = (from: string, to: string) => pathForStep(geometry, findRoute(model, from, to)!, from, to);

describe('pathForStep', () => {
  it('follows one edge route from its start to its end', () => {
    assert.deepEqual(path('kubectl', 'lb'), [
      { x: 150, y: 40 },
      { x: 150, y: 80 },
    ]);
  });

  it('joins the routes of several hops, without repeating the shared point', () => {
    assert.deepEqual(path('kubectl', 'api'), [
      { x: 150, y: 40 },
      { x: 150, y: 80 },
      { x: 150, y: 120 },
      { x: 150, y: 140 },
      { x: 60, y: 140 },
      { x: 60, y: 160 },
    ]);
  });

  it('reverses a route travelled against its edge (a response, a watch)', () => {
    assert.deepEqual(path('api', 'kubectl'), [
      { x: 60, y: 160 },
      { x: 60, y: 140 },
      { x: 150, y: 140 },
      { x: 150, y: 120 },
      { x: 150, y: 80 },
      { x: 150, y: 40 },
    ]);
  });

  it('steps into a group straight from the edge’s end to the member’s border', () => {
    // The edge ends at (60,240); etcd-1's centre is (60,300): straight down to its top (60,280).
    assert.deepEqual(path('api', 'etcd-1'), [
      { x: 60, y: 200 },
      { x: 60, y: 240 },
      { x: 60, y: 280 },
    ]);
    // etcd-2's centre is (240,300): the line from (60,240) enters its box on the left side.
    const toSecond = path('api', 'etcd-2');
    assert.deepEqual(toSecond.slice(0, 2), [
      { x: 60, y: 200 },
      { x: 60, y: 240 },
    ]);
    assert.deepEqual(toSecond[2], { x: 200, y: 240 + (60 * 140) / 180 });
  });

  it('steps out of a group from the member’s border to where the next edge starts', () => {
    assert.deepEqual(path('etcd-1', 'api'), [
      { x: 60, y: 280 },
      { x: 60, y: 240 },
      { x: 60, y: 200 },
    ]);
  });

  it('loops around the box for a step inside one component', () => {
    const loop = pathForStep(geometry, [], 'api', 'api');
    assert.deepEqual(loop, [
      { x: 60, y: 154 },
      { x: 116, y: 154 },
      { x: 116, y: 206 },
      { x: 4, y: 206 },
      { x: 4, y: 154 },
      { x: 60, y: 154 },
    ]);
    assert.deepEqual(loop, loopAround(geometry.nodes[2]!));
  });

  it('draws a straight line between the boxes when an edge has no route in the geometry', () => {
    const bare: Geometry = { ...geometry, edges: geometry.edges.filter((e) => e.id !== 'kubectl->lb') };
    assert.deepEqual(pathForStep(bare, findRoute(model, 'kubectl', 'lb')!, 'kubectl', 'lb'), [
      { x: 150, y: 40 },
      { x: 150, y: 80 },
    ]);
  });

  it('gives no path when a component has no box', () => {
    assert.deepEqual(pathForStep(geometry, [], 'ghost', 'ghost'), []);
    assert.deepEqual(pathForStep(geometry, [{ edge: 'x->y', from: 'ghost', to: 'api', reversed: false }], 'ghost', 'api'), []);
  });

  it('borderToward: the exit point of the line from the centre, or the point itself inside the box', () => {
    const b = box('b', 0, 0, 100, 50);
    assert.deepEqual(borderToward(b, { x: 250, y: 25 }), { x: 100, y: 25 });
    assert.deepEqual(borderToward(b, { x: 50, y: -100 }), { x: 50, y: 0 });
    assert.deepEqual(borderToward(b, { x: 150, y: 125 }), { x: 75, y: 50 });
    assert.deepEqual(borderToward(b, { x: 60, y: 30 }), { x: 60, y: 30 });
  });
});

describe('motionSteps', () => {
  it('gives the player each beat’s steps with their paths and labels in the language asked', () => {
    const resolved = resolveScenario(
      {
        id: 'small',
        title: 'Small',
        steps: [
          { id: 'ask', from: 'kubectl', to: 'api', kind: 'request', message: { en: 'create', fr: 'créer' }, caption: 'x' },
          { id: 'write', from: 'api', to: 'etcd-1', kind: 'request', caption: 'y' },
          { id: 'raft', from: 'etcd-1', to: 'etcd-2', kind: 'request', message: 'AppendEntries', caption: 'z', parallelWith: 'write' },
          { id: 'think', from: 'api', to: 'api', kind: 'internal', caption: 'w' },
        ],
      },
      { ...model, edges: [...model.edges, { from: 'etcd-1', to: 'etcd-2', kind: 'peer' }] },
      'k8s-control-plane',
    );
    assert.ok(resolved.ok);
    const beats = motionSteps(resolved.value, geometry, 'fr');
    assert.deepEqual(
      beats.map((b) => b.map((s) => [s.id, s.beat, s.kind, s.from, s.to, s.label])),
      [
        [['ask', 0, 'request', 'kubectl', 'api', 'créer']],
        [
          ['write', 1, 'request', 'api', 'etcd-1', ''],
          ['raft', 1, 'request', 'etcd-1', 'etcd-2', 'AppendEntries'],
        ],
        [['think', 2, 'internal', 'api', 'api', '']],
      ],
    );
    assert.deepEqual(beats[0]![0]!.path, path('kubectl', 'api'));
    assert.deepEqual(beats[1]![0]!.path, path('api', 'etcd-1'));
    assert.deepEqual(beats[2]![0]!.path, loopAround(geometry.nodes[2]!));
    // The peer edge has no route in this geometry: a straight line between the boxes.
    assert.deepEqual(beats[1]![1]!.path, [
      { x: 100, y: 300 },
      { x: 200, y: 300 },
    ]);
  });
});

describe('pathKeyframes', () => {
  it('puts a keyframe at each corner, offset by the share of the route travelled', async () => {
    const { pathKeyframes } = await import('../src/motion-path.js');
    assert.deepEqual(
      pathKeyframes([
        { x: 0, y: 0 },
        { x: 30, y: 0 },
        { x: 30, y: 10 },
      ]),
      [
        { transform: 'translate(0px,0px)', offset: 0 },
        { transform: 'translate(30px,0px)', offset: 0.75 },
        { transform: 'translate(30px,10px)', offset: 1 },
      ],
    );
    assert.deepEqual(pathKeyframes([{ x: 5, y: 5 }]), [{ transform: 'translate(5px,5px)', offset: 0 }]);
  });
});
