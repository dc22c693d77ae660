import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { matchLanguage, parseCount, parseEnum, parseNodeName, controlPlaneOptions, clusterOptions, figureModelFromMarkup, workerSpec } from '@k8s-diagrams/core';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe('attribute parsing', () => {
  it('accepts whole numbers in range and uses the default when absent', () => {
    assert.deepEqual(parseCount('replicas', '3', 1, 7, 1), { value: 3 });
    assert.deepEqual(parseCount('replicas', ' 7 ', 1, 7, 1), { value: 7 });
    assert.deepEqual(parseCount('replicas', null, 1, 7, 1), { value: 1 });
  });

  for (const bad of ['abc', '0', '99', '1.5', '', '-1', '2e1', '0x3']) {
    it(`rejects replicas="${bad}" with a readable invalid-attribute error`, () => {
      const parsed = parseCount('replicas', bad, 1, 7, 1);
      assert.equal(parsed.value, undefined);
      assert.equal(parsed.error?.code, 'invalid-attribute');
      assert.equal(parsed.error?.path, 'replicas');
      assert.match(parsed.error.message.en, /replicas=".*" is not valid.*from 1 to 7/);
      assert.match(parsed.error.message.fr, /n'est pas valide/);
    });
  }

  it('matches enums case-insensitively and lists the allowed values otherwise', () => {
    assert.deepEqual(parseEnum('etcd', 'External', ['stacked', 'external'], 'stacked'), { value: 'external' });
    const parsed = parseEnum('etcd', 'sideways', ['stacked', 'external'], 'stacked');
    assert.equal(parsed.error?.code, 'invalid-attribute');
    assert.match(parsed.error.message.en, /“stacked”, “external”/);
  });

  it('checks node names like Kubernetes does', () => {
    assert.deepEqual(parseNodeName('name', 'gpu-1', 'w'), { value: 'gpu-1' });
    assert.equal(parseNodeName('name', 'GPU_1', 'w').error?.code, 'invalid-attribute');
    assert.equal(parseNodeName('name', '<img src=x>', 'w').error?.code, 'invalid-attribute');
  });

  it('reads a control plane: defaults, HA, external etcd, cloud none', () => {
    assert.deepEqual(controlPlaneOptions(reader({})), { ok: true, value: { replicas: 1, etcd: 'stacked', cloud: '' } });
    assert.deepEqual(controlPlaneOptions(reader({ replicas: '3', etcd: 'external', cloud: 'OVH' })), {
      ok: true,
      value: { replicas: 3, etcd: 'external', cloud: 'OVH' },
    });
    assert.deepEqual(controlPlaneOptions(reader({ cloud: 'none' })), { ok: true, value: { replicas: 1, etcd: 'stacked' } });
    const bad = controlPlaneOptions(reader({ replicas: '0', etcd: 'sideways' }));
    assert.equal(bad.ok, false);
    assert.deepEqual(bad.ok ? [] : bad.errors.map((e) => e.path), ['replicas', 'etcd']);
  });

  it('reads static-pods as an HTML boolean, on the control plane alone or inside a cluster', () => {
    for (const value of ['', 'static-pods', 'true'])
      assert.deepEqual(controlPlaneOptions(reader({ 'static-pods': value })), { ok: true, value: { replicas: 1, etcd: 'stacked', cloud: '', staticPods: true } });
    const kubelets = (tag: 'k8s-cluster' | 'k8s-control-plane', plane: Record<string, string>) => {
      const r = tag === 'k8s-cluster' ? figureModelFromMarkup(tag, reader({}), [{ localName: 'k8s-control-plane', read: reader(plane) }]) : figureModelFromMarkup(tag, reader(plane));
      assert.ok(r.ok);
      return r.value.components.filter((c) => c.kind === 'kubelet' && !c.id.includes('.')).map((c) => c.id);
    };
    assert.deepEqual(kubelets('k8s-control-plane', { 'static-pods': '' }), ['kubelet']);
    assert.deepEqual(kubelets('k8s-cluster', { replicas: '3', 'static-pods': '' }), ['kubelet-1', 'kubelet-2', 'kubelet-3']);
    assert.deepEqual(kubelets('k8s-cluster', { replicas: '3' }), [], 'only the workers’ kubelets without it');
  });

  it('gives CRI-O crun by default and keeps an explicit OCI runtime', () => {
    const crio = workerSpec(reader({ runtime: 'cri-o' }), 'w1');
    assert.deepEqual(crio, { ok: true, value: { name: 'w1', pods: 2, runtime: 'cri-o', ociRuntime: 'crun' } });
    const gvisor = workerSpec(reader({ 'oci-runtime': 'gvisor' }), 'w1');
    assert.equal(gvisor.ok && gvisor.value.ociRuntime, 'gvisor');
    assert.equal(workerSpec(reader({ runtime: 'docker' }), 'w1').ok, false);
  });

  it('reads a cluster with every worker alike', () => {
    const r = clusterOptions(reader({ workers: '3', pods: '4', runtime: 'cri-o' }));
    assert.ok(r.ok);
    assert.equal(r.value.workers.length, 3);
    assert.deepEqual(r.value.workers[2], { name: 'worker-3', pods: 4, runtime: 'cri-o', ociRuntime: 'crun' });
    const most = clusterOptions(reader({ workers: '1000', pods: '50' }));
    assert.ok(most.ok);
    assert.equal(most.value.workers.length, 1000);
    const bad = clusterOptions(reader({ workers: '1001', pods: '51' }));
    assert.equal(bad.ok, false);
    assert.deepEqual(bad.ok ? [] : bad.errors.map((e) => e.path).sort(), ['pods', 'workers']);
  });
});

describe('language matching', () => {
  it('matches by primary subtag and falls back to English', () => {
    assert.deepEqual(matchLanguage('fr-FR'), { lang: 'fr', supported: true });
    assert.deepEqual(matchLanguage('FR'), { lang: 'fr', supported: true });
    assert.deepEqual(matchLanguage('en-GB'), { lang: 'en', supported: true });
    assert.deepEqual(matchLanguage(''), { lang: 'en', supported: true });
    assert.deepEqual(matchLanguage(null), { lang: 'en', supported: true });
    assert.deepEqual(matchLanguage('de'), { lang: 'en', supported: false });
  });
});
