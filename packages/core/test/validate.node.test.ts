import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateModel, type Model } from '@k8s-diagrams/core';

const small = (): Model => ({
  components: [
    { id: 'cp', kind: 'control-plane' },
    { id: 'api', kind: 'apiserver', parent: 'cp' },
    { id: 'db', kind: 'etcd', parent: 'cp' },
  ],
  edges: [{ from: 'api', to: 'db' }],
});

function errorPaths(input: unknown): string[] {
  const r = validateModel(input);
  return r.ok ? [] : r.errors.map((e) => `${e.code} ${e.path}`);
}

describe('validateModel', () => {
  it('accepts a good model and returns a copy that shares nothing', () => {
    const input = small();
    const r = validateModel(input);
    assert.ok(r.ok);
    assert.deepEqual(r.value, input);
    r.value.components[0]!.id = 'changed';
    assert.equal(input.components[0]!.id, 'cp');
  });

  it('reports an unknown kind, naming the component', () => {
    const m = small();
    (m.components[1] as { kind: string }).kind = 'database';
    const r = validateModel(m);
    assert.equal(r.ok, false);
    assert.deepEqual(errorPaths(m), ['invalid-model components[1].kind']);
    assert.match(r.ok ? '' : r.errors[0]!.message.en, /unknown kind “database” for “api”/);
  });

  it('reports a dangling edge', () => {
    const m = small();
    m.edges.push({ from: 'api', to: 'nowhere' });
    assert.deepEqual(errorPaths(m), ['invalid-model edges[1].to']);
  });

  it('reports duplicate ids and duplicate edges', () => {
    const m = small();
    m.components.push({ id: 'api', kind: 'scheduler' });
    m.edges.push({ from: 'api', to: 'db' });
    assert.deepEqual(errorPaths(m), ['invalid-model components[3].id', 'invalid-model edges[1]']);
  });

  it('reports parents that are not groups, do not exist, or form a cycle', () => {
    assert.deepEqual(
      errorPaths({ components: [{ id: 'a', kind: 'etcd', parent: 'b' }, { id: 'b', kind: 'scheduler' }], edges: [] }),
      ['invalid-model components[“a”].parent'],
    );
    assert.deepEqual(errorPaths({ components: [{ id: 'a', kind: 'etcd', parent: 'zzz' }], edges: [] }), [
      'invalid-model components[“a”].parent',
    ]);
    const cycle = errorPaths({
      components: [
        { id: 'g1', kind: 'node', parent: 'g2' },
        { id: 'g2', kind: 'node', parent: 'g1' },
      ],
      edges: [],
    });
    assert.ok(cycle.length >= 1 && cycle.every((p) => p.endsWith('.parent')));
  });

  it('rejects things that are not models at all', () => {
    for (const bad of [null, 42, 'x', [], { components: 'no' }, { components: [], edges: {} }])
      assert.equal(validateModel(bad).ok, false, JSON.stringify(bad));
  });

  it('turns a model whose getters throw into invalid-model, never an exception', () => {
    const boom = () => {
      throw new Error('no access');
    };
    const hostile = [
      Object.defineProperty({ edges: [] }, 'components', { get: boom, enumerable: true }),
      { components: [Object.defineProperty({ kind: 'apiserver' }, 'id', { get: boom, enumerable: true })], edges: [] },
      { components: small().components, edges: [Object.defineProperty({ from: 'api' }, 'to', { get: boom, enumerable: true })] },
      new Proxy(small(), { get: boom }),
      {
        get components(): never {
          // eslint-disable-next-line @typescript-eslint/only-throw-error -- authors' code may throw anything
          throw 'a string, not an Error';
        },
        edges: [],
      },
    ];
    for (const input of hostile) {
      const r = validateModel(input);
      assert.equal(r.ok, false);
      assert.deepEqual(errorPaths(input), ['invalid-model '], String(r.ok || r.errors[0]!.message.en));
    }
    const r = validateModel(hostile[0]);
    assert.match(r.ok ? '' : r.errors[0]!.message.en, /could not be read: no access/);
    assert.match(r.ok ? '' : r.errors[0]!.message.fr, /n’a pas pu être lu : no access/);
  });

  it('keeps a label with markup as a plain string (it is drawn as text)', () => {
    const m = small();
    m.components[1]!.label = '<img src=x onerror=alert(1)>';
    const r = validateModel(m);
    assert.ok(r.ok);
    assert.equal(r.value.components[1]!.label, '<img src=x onerror=alert(1)>');
  });
});
