import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  BUILTIN_SCENARIO_IDS,
  BUILTIN_SCENARIOS,
  buildClusterModel,
  clusterOptions,
  isBuiltinScenario,
  isBuiltinScenarioId,
  loadBuiltinScenario,
  resolveScenario,
  resolveScenarioWith,
} from '@k8s-diagrams/core';

const cluster = () => {
  const options = clusterOptions(() => null);
  assert.ok(options.ok);
  return buildClusterModel(options.value);
};

describe('built-in scenarios loaded one at a time', () => {
  it('lists the same ids as the table of all of them, in its order', () => {
    assert.deepEqual([...BUILTIN_SCENARIO_IDS], Object.keys(BUILTIN_SCENARIOS));
    for (const id of BUILTIN_SCENARIO_IDS) assert.ok(isBuiltinScenarioId(id), id);
    assert.equal(isBuiltinScenarioId('rollout '), false, 'ids are compared as written');
    assert.equal(isBuiltinScenarioId(undefined), false);
  });

  it('loads each built-in as the very object of the table, and nothing for another id', async () => {
    for (const id of BUILTIN_SCENARIO_IDS) {
      const loaded = await loadBuiltinScenario(id);
      assert.equal(loaded, BUILTIN_SCENARIOS[id], id);
      assert.equal(loaded?.id, id);
      assert.ok(isBuiltinScenario(loaded), `${id} is marked built-in`);
    }
    assert.equal(loadBuiltinScenario('no-such-scenario'), undefined);
    assert.equal(loadBuiltinScenario('toString'), undefined, 'not a property of every object');
    assert.equal(isBuiltinScenario({ ...BUILTIN_SCENARIOS.scale }), false, 'a copy is an author’s scenario');
  });

  it('resolves a built-in id only once its object is at hand', () => {
    const model = cluster();
    const none = resolveScenarioWith(() => undefined, 'scale', model, 'k8s-cluster');
    assert.ok(!none.ok);
    assert.equal(none.errors[0]!.code, 'unknown-scenario');
    assert.match(none.errors[0]!.message.en, /built-in scenario that is not loaded yet/);
    const unknown = resolveScenarioWith(() => undefined, 'scael', model, 'k8s-cluster');
    assert.ok(!unknown.ok);
    assert.match(unknown.errors[0]!.message.en, /is not a built-in scenario; use one of kubectl-apply, /);
    const some = resolveScenarioWith((id) => (id === 'scale' ? BUILTIN_SCENARIOS.scale : undefined), ' scale ', model, 'k8s-cluster');
    const all = resolveScenario('scale', model, 'k8s-cluster');
    assert.ok(some.ok && all.ok);
    assert.deepEqual(some.value, all.value);
    assert.equal(some.value.builtin, true);
  });
});
