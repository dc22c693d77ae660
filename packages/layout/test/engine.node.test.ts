import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUILTIN_SCENARIO_IDS, buildControlPlaneModel, presetFigures, scenarioPresetFigures, type Model } from '@k8s-diagrams/core';
import { createLayoutEngine, loadAllMorePresets, loadMorePresets, modelKey, PRESETS, type ElkLike } from '@k8s-diagrams/layout';
import { SCENARIO_PRESETS } from '@k8s-diagrams/layout/scenario-presets';
import { loadScenarioPresets } from '@k8s-diagrams/layout/scenario-presets/lazy';
import { computePresets, computeScenarioPresets } from '@k8s-diagrams/layout/pipeline';
import { nodeElkFactory } from '@k8s-diagrams/layout/node';

describe('layout engine', () => {
  it('answers every default figure from the presets, without ELK: the others from their own table, fetched on a miss', async () => {
    let asked = 0;
    const fetched: string[][] = [];
    const morePresets = (key: string) => loadMorePresets(key).then((table) => (fetched.push(Object.keys(table)), table));
    const engine = createLayoutEngine({ elk: () => (asked++, nodeElkFactory()), presets: PRESETS, morePresets });
    for (const { name, model, onMiss } of presetFigures()) {
      assert.equal(modelKey(model) in PRESETS, !onMiss, `${name} is ${onMiss ? 'not ' : ''}in the entry's table`);
      const r = await engine.layout(model);
      assert.ok(r.ok, name);
      assert.equal(r.elkCalls, 0, `${name} needs no ELK`);
      assert.ok((await engine.layout(model)).ok, name);
    }
    assert.equal(asked, 0, 'ELK was never even created');
    const others = presetFigures().filter((f) => f.onMiss);
    assert.deepEqual(fetched, others.map((f) => [modelKey(f.model)]), 'each figure fetches its own layout, once');
    assert.deepEqual(await loadMorePresets(modelKey(buildControlPlaneModel({ replicas: 5, etcd: 'stacked', cloud: '' }))), {}, 'nothing for another model');
  });

  it('falls back to ELK when a figure’s table cannot be fetched, and fetches again at the next miss', async () => {
    let tries = 0;
    const engine = createLayoutEngine({ elk: nodeElkFactory, presets: PRESETS, morePresets: (key) => (tries++ === 0 ? Promise.reject(new Error('offline')) : loadMorePresets(key)) });
    const ha = presetFigures().find((f) => f.onMiss)!;
    const first = await engine.layout(ha.model);
    assert.ok(first.ok && first.elkCalls === 1, 'drawn by ELK');
    const other = presetFigures().filter((f) => f.onMiss)[1]!;
    const second = await engine.layout(other.model);
    assert.ok(second.ok && second.elkCalls === 0, 'the table, fetched on the second try');
    assert.equal(tries, 2);
  });

  it('has fresh presets: recomputing them gives the stored tables', async () => {
    const round = (_k: string, v: unknown) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v);
    const fresh = await computePresets(nodeElkFactory);
    const defaults = { ...PRESETS, ...(await loadAllMorePresets()) };
    assert.deepEqual(JSON.parse(JSON.stringify(fresh, round)), defaults, 'run `pnpm layouts` after changing layout or builders');
    const { shared, byScenario } = await computeScenarioPresets(nodeElkFactory, scenarioPresetFigures(), defaults);
    const stale = 'run `pnpm layouts` after changing scenarios';
    assert.deepEqual(JSON.parse(JSON.stringify(shared, round)), await loadScenarioPresets(''), stale);
    for (const id of BUILTIN_SCENARIO_IDS) assert.deepEqual(JSON.parse(JSON.stringify(byScenario[id] ?? {}, round)), await loadScenarioPresets(id), `${id}: ${stale}`);
    const all = Object.assign({}, shared, ...Object.values(byScenario));
    assert.deepEqual(JSON.parse(JSON.stringify(all, round)), SCENARIO_PRESETS, stale);
  });

  it('loads with each scenario exactly the layouts of the figures it draws, and no other scenario’s', async () => {
    const figures = scenarioPresetFigures();
    const shared = await loadScenarioPresets('');
    for (const id of BUILTIN_SCENARIO_IDS) {
      const engine = createLayoutEngine({ elk: () => Promise.reject(new Error(`${id} asked for ELK`)), presets: PRESETS, morePresets: loadMorePresets });
      engine.addPresets(shared);
      engine.addPresets(await loadScenarioPresets(id));
      for (const { name, model } of figures.filter((f) => f.scenario === id)) {
        const r = await engine.layout(model);
        assert.ok(r.ok && r.elkCalls === 0, `${name} is drawn from the layouts loaded with ${id}`);
      }
    }
    assert.deepEqual(await loadScenarioPresets('no-such-scenario'), {});
  });

  it('answers the default figures as the built-in scenarios play them, once their layouts are added', async () => {
    let asked = 0;
    const engine = createLayoutEngine({ elk: () => (asked++, nodeElkFactory()), presets: PRESETS, morePresets: loadMorePresets });
    engine.addPresets(SCENARIO_PRESETS);
    for (const { name, model } of scenarioPresetFigures()) {
      const r = await engine.layout(model);
      assert.ok(r.ok && r.elkCalls === 0, `${name} needs no ELK`);
    }
    assert.equal(asked, 0);
  });

  it('lays out a non-preset topology (replicas="5") with ELK in-process', async () => {
    const engine = createLayoutEngine({ elk: nodeElkFactory, presets: PRESETS });
    const r = await engine.layout(buildControlPlaneModel({ replicas: 5, etcd: 'stacked', cloud: '' }));
    assert.ok(r.ok);
    assert.equal(r.elkCalls, 1);
    assert.equal(r.geometry.nodes.filter((n) => n.kind === 'control-plane').length, 5);
  });

  it('caches answers: the same model twice costs one ELK call', async () => {
    const engine = createLayoutEngine({ elk: nodeElkFactory });
    const model = buildControlPlaneModel({ replicas: 4, etcd: 'external' });
    assert.equal((await engine.layout(model)).ok && engine.elkCalls, 1);
    assert.equal((await engine.layout(structuredClone(model))).ok && engine.elkCalls, 1);
  });

  it('sends ELK a fresh copy of the graph each time', async () => {
    const seen: object[] = [];
    const spy: ElkLike = { layout: async (g) => (seen.push(g), (await nodeElkFactory()).layout(g)) };
    const engine = createLayoutEngine({ elk: () => spy, cacheSize: 0 });
    const model = buildControlPlaneModel({ replicas: 2, etcd: 'stacked' });
    await engine.layout(model);
    await engine.layout(model);
    assert.equal(seen.length, 2);
    assert.notEqual(seen[0], seen[1]);
  });

  it('reports an invalid model instead of throwing', async () => {
    const engine = createLayoutEngine({ elk: nodeElkFactory });
    const r = await engine.layout({ components: [{ id: 'a', kind: 'nope' }], edges: [] } as unknown as Model);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.error.code, 'invalid-model');
  });

  it('refuses models above the size limit with layout-too-large', async () => {
    const engine = createLayoutEngine({ elk: nodeElkFactory, maxComponents: 10 });
    const r = await engine.layout(buildControlPlaneModel({ replicas: 3, etcd: 'stacked' }));
    assert.equal(!r.ok && r.error.code, 'layout-too-large');
  });

  it('stops a layout that takes too long with layout-timeout', async () => {
    const never: ElkLike = { layout: () => new Promise(() => {}) };
    const engine = createLayoutEngine({ elk: () => never, timeoutMs: 50 });
    const r = await engine.layout(buildControlPlaneModel({ replicas: 6, etcd: 'stacked' }));
    assert.equal(!r.ok && r.error.code, 'layout-timeout');
  });

  it('reports a worker that cannot start as worker-unavailable, and ELK errors as layout-failed', async () => {
    const blocked: ElkLike = {
      layout: () => {
        throw new Error("Failed to construct 'Worker': blocked by the Content Security Policy");
      },
    };
    const r1 = await createLayoutEngine({ elk: () => blocked }).layout(buildControlPlaneModel({ replicas: 6, etcd: 'stacked' }));
    assert.equal(!r1.ok && r1.error.code, 'worker-unavailable');
    const broken: ElkLike = { layout: () => Promise.reject(new Error('org.eclipse.elk.core.UnsupportedGraphException')) };
    const r2 = await createLayoutEngine({ elk: () => broken }).layout(buildControlPlaneModel({ replicas: 6, etcd: 'stacked' }));
    assert.equal(!r2.ok && r2.error.code, 'layout-failed');
  });
});
