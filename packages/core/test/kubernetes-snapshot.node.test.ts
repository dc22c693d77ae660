import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import {
  FULL_DETAIL,
  SNAPSHOT_DETAIL,
  modelFromKubernetes,
  parseKubernetesText,
  parseRuntime,
  resolveScenario,
  validateModel,
  type KubernetesModel,
  type Model,
} from '@k8s-diagrams/core';
import * as k from '../../../examples/data/kube-objects.mjs';

const fixture = (name: string) => readFileSync(new URL(`../../../examples/data/${name}`, import.meta.url), 'utf8');

async function fromFile(name: string, options = {}): Promise<KubernetesModel> {
  const parsed = await parseKubernetesText(fixture(name));
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.errors));
  return built(parsed.value, options);
}

function built(input: unknown, options = {}): KubernetesModel {
  const r = modelFromKubernetes(input, options);
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  assert.ok(validateModel(r.value.model).ok, 'the model is valid');
  assertEtcdRule(r.value.model);
  return r.value;
}

const byId = (m: Model) => new Map(m.components.map((c) => [c.id, c]));
const kindsIn = (m: Model, parent: string) => m.components.filter((c) => c.parent === parent).map((c) => c.kind);
const ofKind = (m: Model, kind: string) => m.components.filter((c) => c.kind === kind);
const label = (m: Model, id: string) => {
  const l = byId(m).get(id)?.label;
  return typeof l === 'string' ? l : l?.en;
};
const hasEdge = (m: Model, from: string, to: string) => m.edges.some((e) => e.from === from && e.to === to);

/** Only the apiserver (and other etcd members, as peers) talks to etcd. */
function assertEtcdRule(m: Model): void {
  const k = new Map(m.components.map((c) => [c.id, c.kind]));
  const etcdLike = (id: string) => k.get(id) === 'etcd' || (k.get(id) === 'layer' && m.components.some((c) => c.parent === id && c.kind === 'etcd'));
  for (const e of m.edges) {
    if (etcdLike(e.to)) assert.ok(k.get(e.from) === 'apiserver' || (k.get(e.from) === 'etcd' && e.kind === 'peer'), `${e.from} -> ${e.to}`);
    if (etcdLike(e.from)) assert.ok(k.get(e.to) === 'etcd' && e.kind === 'peer', `${e.from} -> ${e.to}`);
  }
}

describe('modelFromKubernetes: kubeadm, one control plane (JSON List)', async () => {
  const r = await fromFile('cluster-kubeadm.json');
  const m = r.model;

  it('finds the control plane from the static Pods, on its real node', () => {
    assert.equal(r.controlPlane, 'static-pods');
    assert.equal(byId(m).get('cp-1')?.kind, 'control-plane');
    assert.equal(label(m, 'cp-1'), 'cp-1 · control-plane');
    for (const kind of ['apiserver', 'etcd', 'scheduler', 'controller-manager', 'kubelet', 'kube-proxy', 'containerd'])
      assert.ok(kindsIn(m, 'cp-1').includes(kind as never), kind);
    assert.ok(!ofKind(m, 'load-balancer').length, 'one control plane: no load balancer');
    assert.ok(hasEdge(m, 'kubectl', 'cp-1.apiserver') && hasEdge(m, 'cp-1.apiserver', 'cp-1.etcd'));
    assert.ok(hasEdge(m, 'cp-1.scheduler', 'cp-1.apiserver') && hasEdge(m, 'cp-1.controller-manager', 'cp-1.apiserver'));
  });

  it('draws every worker under its name with kubelet, kube-proxy, Calico and containerd → shim → runc', () => {
    for (const w of ['worker-1', 'worker-2']) {
      assert.equal(byId(m).get(w)?.kind, 'node');
      assert.equal(label(m, `${w}.kubelet`), 'kubelet v1.31.2');
      assert.equal(label(m, `${w}.containerd`), 'containerd 1.7.22');
      assert.equal(label(m, `${w}.cni`), 'Calico');
      assert.ok(hasEdge(m, `${w}.kubelet`, 'cp-1.apiserver') && hasEdge(m, `${w}.kube-proxy`, 'cp-1.apiserver'));
      assert.ok(hasEdge(m, `${w}.kubelet`, `${w}.containerd`) && hasEdge(m, `${w}.containerd`, `${w}.shim`) && hasEdge(m, `${w}.shim`, `${w}.runc`));
    }
    assert.deepEqual(r.nodes.map((n) => [n.name, n.controlPlane, n.runtime.kind, n.runtime.version, n.kubeProxy]), [
      ['cp-1', true, 'containerd', '1.7.22', true],
      ['worker-1', false, 'containerd', '1.7.22', true],
      ['worker-2', false, 'containerd', '1.7.22', true],
    ]);
  });

  it('puts each Pod on its node, in its state; system Pods say so; the static, kube-proxy and CNI Pods are the components', () => {
    const pods = ofKind(m, 'pod');
    assert.equal(pods.length, 5);
    assert.ok(pods.every((p) => p.state === 'running'));
    const nginx = pods.filter((p) => p.id.startsWith('pod:shop/nginx-'));
    assert.equal(nginx.length, 3);
    assert.deepEqual(nginx.map((p) => p.parent).sort(), ['worker-1', 'worker-1', 'worker-2']);
    const dns = pods.filter((p) => p.id.startsWith('pod:kube-system/coredns-'));
    assert.ok(dns.every((p) => typeof p.label === 'object' && p.label.en.endsWith('(system)') && p.label.fr?.endsWith('(système)')));
    assert.ok(nginx.every((p) => typeof p.label === 'string' && !p.label.includes('(')), 'workloads carry no marker');
    assert.ok(!m.components.some((c) => /kube-proxy-|calico-node-|kube-apiserver-/.test(c.id)));
    assert.deepEqual(r.skipped, { Service: 1 });
    assert.equal(r.collapsed, false);
  });

  it('plays the built-in kubectl-apply on the snapshot', () => {
    const s = resolveScenario('kubectl-apply', m, 'k8s-cluster');
    assert.ok(s.ok, JSON.stringify(!s.ok && s.errors));
  });
});

describe('modelFromKubernetes: kubeadm, three control planes (multi-document YAML)', async () => {
  const r = await fromFile('cluster-kubeadm-ha.yaml');
  const m = r.model;

  it('gives the HA figure: a load balancer over three control-plane nodes, etcd stacked and peered', () => {
    assert.equal(ofKind(m, 'control-plane').length, 3);
    assert.ok(byId(m).has('lb'));
    for (const cp of ['cp-1', 'cp-2', 'cp-3']) {
      assert.ok(hasEdge(m, 'lb', `${cp}.apiserver`));
      assert.ok(hasEdge(m, `${cp}.apiserver`, `${cp}.etcd`));
    }
    assert.equal(m.edges.filter((e) => e.kind === 'peer').length, 3);
    assert.ok(hasEdge(m, 'kubectl', 'lb') && hasEdge(m, 'worker-1.kubelet', 'lb'));
  });

  it('marks the leaders from the Leases, the others standby', () => {
    const states = (kind: string) => ofKind(m, kind).map((c) => `${c.parent}:${c.state}`);
    assert.deepEqual(states('scheduler'), ['cp-1:standby', 'cp-2:active', 'cp-3:standby']);
    assert.deepEqual(states('controller-manager'), ['cp-1:active', 'cp-2:standby', 'cp-3:standby']);
    assert.deepEqual(r.skipped, { Lease: 2 });
  });

  it('reads the same as the JSON of the same objects', () => {
    const fromJson = built(k.kubeadmThreeControlPlanes());
    assert.deepEqual(fromJson.model, m);
  });
});

describe('modelFromKubernetes: other control planes', () => {
  it('external etcd: no etcd Pod, members from the apiserver’s --etcd-servers', async () => {
    const m = (await fromFile('cluster-external-etcd.json')).model;
    assert.equal(byId(m).get('etcd-cluster')?.kind, 'layer');
    assert.deepEqual(ofKind(m, 'etcd').map((c) => [c.parent, label(m, c.id)]), [
      ['etcd-cluster', 'etcd 10.0.1.11'],
      ['etcd-cluster', 'etcd 10.0.1.12'],
      ['etcd-cluster', 'etcd 10.0.1.13'],
    ]);
    assert.ok(hasEdge(m, 'cp-1.apiserver', 'etcd-cluster'));
    assert.ok(!kindsIn(m, 'cp-1').includes('etcd'));
  });

  it('managed: one opaque control plane labelled with the service', async () => {
    const r = await fromFile('cluster-managed.json');
    const m = r.model;
    assert.equal(r.controlPlane, 'managed');
    assert.equal(label(m, 'control-plane'), 'Managed control plane (EKS)');
    assert.deepEqual(kindsIn(m, 'control-plane'), ['apiserver']);
    assert.equal(ofKind(m, 'etcd').length + ofKind(m, 'scheduler').length + ofKind(m, 'controller-manager').length, 0);
    assert.equal(ofKind(m, 'node').length, 3);
    assert.ok(byId(m).has('ip-10-0-1-23.eu-west-1.compute.internal'));
    assert.equal(label(m, 'ip-10-0-1-23.eu-west-1.compute.internal.cni'), 'Amazon VPC CNI');
    assert.equal(label(m, 'ip-10-0-1-23.eu-west-1.compute.internal.kubelet'), 'kubelet v1.31.2-eks-7f9249a');
  });

  it('k3s: the control plane embedded in one process on the server node, SQLite behind it, kube-proxy inside k3s', async () => {
    const r = await fromFile('cluster-k3s.json');
    const m = r.model;
    assert.equal(r.controlPlane, 'k3s');
    assert.equal(byId(m).get('k3s-server')?.kind, 'control-plane');
    assert.equal(byId(m).get('k3s-server.k3s')?.parent, 'k3s-server');
    assert.deepEqual(kindsIn(m, 'k3s-server.k3s'), ['apiserver', 'etcd', 'scheduler', 'controller-manager']);
    assert.equal(label(m, 'k3s-server.etcd'), 'kine (SQLite)');
    assert.equal(label(m, 'k3s-agent-1.kube-proxy'), 'kube-proxy (in k3s)');
    assert.ok(ofKind(m, 'pod').some((p) => p.parent === 'k3s-server'), 'the server runs workloads too: drawn inside it');
    assert.ok(hasEdge(m, 'k3s-server.containerd', 'k3s-server.shim'), 'with a runtime chain for them');
  });

  it('a control-plane node with workloads (kind) draws its Pods inside it, in every phase', async () => {
    const r = await fromFile('cluster-pod-phases.json');
    const m = r.model;
    const inside = ofKind(m, 'pod').filter((p) => p.parent === 'kind-control-plane');
    assert.deepEqual(
      inside.map((p) => [p.id, p.state]),
      [
        ['pod:default/web-running', 'running'],
        ['pod:default/web-pending', 'pending'],
        ['pod:batch/job-done-x7k2p', 'succeeded'],
        ['pod:batch/job-failed-q9w4e', 'failed'],
        ['pod:default/web-lost', 'unknown'],
        ['pod:default/web-stopping', 'terminating'],
      ],
    );
    assert.equal(byId(m).get('pod:default/big-unscheduled')?.parent, 'unscheduled', 'not scheduled: outside any node');
    assert.equal(byId(m).get('pod:default/big-unscheduled')?.state, 'pending');
    assert.equal(byId(m).get('unscheduled')?.parent, 'cluster');
    assert.deepEqual(r.pods.byState, { running: 1, pending: 2, succeeded: 1, failed: 1, unknown: 1, terminating: 1 });
    assert.equal(r.pods.unscheduled, 1);
  });
});

describe('modelFromKubernetes: runtimes and CNIs', () => {
  it('CRI-O 1.31 brings conmon and crun, 1.30 runc; docker:// is Docker Engine through cri-dockerd', async () => {
    const m = (await fromFile('cluster-cri-o.json')).model;
    assert.deepEqual(kindsIn(m, 'crio-1').filter((x) => x !== 'pod'), ['kubelet', 'kube-proxy', 'cri-o', 'shim', 'crun']);
    assert.equal(label(m, 'crio-1.cri-o'), 'CRI-O 1.31.1');
    assert.equal(label(m, 'crio-1.shim'), 'conmon');
    assert.ok(kindsIn(m, 'crio-old').includes('runc'));
    assert.deepEqual(kindsIn(m, 'docker-1').filter((x) => x !== 'pod'), ['kubelet', 'kube-proxy', 'cri-dockerd', 'dockerd', 'containerd', 'shim', 'runc']);
    assert.equal(label(m, 'docker-1.dockerd'), 'dockerd 27.3.1');
    assert.ok(hasEdge(m, 'docker-1.cri-dockerd', 'docker-1.dockerd') && hasEdge(m, 'docker-1.dockerd', 'docker-1.containerd'));
  });

  it('Cilium without kube-proxy: no kube-proxy anywhere, Cilium says it replaces it', async () => {
    const r = await fromFile('cluster-cilium.json');
    const m = r.model;
    assert.equal(ofKind(m, 'kube-proxy').length, 0);
    assert.ok(r.nodes.every((n) => !n.kubeProxy && n.cni === 'Cilium'));
    assert.equal(label(m, 'worker-1.cni'), 'Cilium (replaces kube-proxy)');
    const envoy = ofKind(m, 'pod').find((p) => p.id.startsWith('pod:kube-system/cilium-envoy-'));
    assert.match(typeof envoy?.label === 'string' ? envoy.label : '', /\(DaemonSet\)$/);
  });

  it('parses containerRuntimeVersion', () => {
    assert.deepEqual(parseRuntime('containerd://1.7.22'), { kind: 'containerd', oci: 'runc', raw: 'containerd://1.7.22', version: '1.7.22' });
    assert.equal(parseRuntime('cri-o://1.31.0').oci, 'crun');
    assert.equal(parseRuntime('cri-o://1.29.9').oci, 'runc');
    assert.equal(parseRuntime('docker://24.0.7').kind, 'cri-dockerd');
    assert.equal(parseRuntime('rkt://1.30').kind, 'cri');
    assert.equal(parseRuntime(undefined).kind, 'cri');
  });

  it('an unknown runtime is drawn as a CRI runtime, with a warning', () => {
    const r = built(k.list([k.node('odd-1', { runtime: 'frakti://0.1' }), k.pod('default', 'p', { node: 'odd-1' })]));
    assert.equal(byId(r.model).get('odd-1.cri')?.kind, 'cri');
    assert.equal(label(r.model, 'odd-1.cri'), 'frakti://0.1');
    assert.ok(r.warnings.some((w) => w.path === 'Node odd-1' && w.message.en.includes('frakti')));
  });
});

describe('modelFromKubernetes: filters, counts, what it tolerates', () => {
  it('namespaces="shop" draws only the Pods of shop', async () => {
    const r = await fromFile('cluster-kubeadm.json', { namespaces: 'shop' });
    assert.ok(ofKind(r.model, 'pod').every((p) => p.id.startsWith('pod:shop/')));
    assert.equal(ofKind(r.model, 'pod').length, 3);
    assert.equal(r.pods.filteredOut, 2);
    const both = await fromFile('cluster-kubeadm.json', { namespaces: ['shop', 'kube-system'] });
    assert.equal(ofKind(both.model, 'pod').length, 5);
  });

  it('collapses above the same limits as the figures built from attributes', () => {
    assert.deepEqual(SNAPSHOT_DETAIL, { maxNodes: FULL_DETAIL.maxWorkers, maxPodsPerNode: FULL_DETAIL.maxPodsPerWorker });
    const seven = built(k.list([k.node('w-1'), ...k.deploymentPods('default', 'a', 'h', ['w-1'], 7)]));
    assert.equal(seven.collapsed, true);
    assert.deepEqual(ofKind(seven.model, 'pod').map((p) => [p.id, p.count, p.state]), [['w-1.pods.running', 7, 'running']]);
    const six = built(k.list([k.node('w-1'), ...k.deploymentPods('default', 'a', 'h', ['w-1'], 6)]));
    assert.equal(six.collapsed, false);
  });

  it('500 nodes and 10 000 Pods: Pods collapse into counts per node and state, nodes keep their names', () => {
    const started = performance.now();
    const r = built(k.largeCluster(500, 10000));
    const ms = performance.now() - started;
    assert.equal(r.collapsed, true);
    assert.equal(r.nodes.length, 500);
    assert.equal(ofKind(r.model, 'node').length, 497);
    assert.equal(ofKind(r.model, 'control-plane').length, 3);
    const boxes = ofKind(r.model, 'pod');
    assert.ok(boxes.every((b) => (b.count ?? 0) >= 1));
    assert.equal(boxes.reduce((n, b) => n + (b.count ?? 0), 0), r.pods.drawn);
    assert.equal(byId(r.model).get('node-001.pods.running')?.state, 'running');
    assert.equal(byId(r.model).get('node-008')?.state, 'down', 'the node whose Ready is False');
    assert.ok(r.model.components.length < 6000, `${r.model.components.length} components`);
    console.log(`  500 nodes / ${r.pods.total} Pods → ${r.model.components.length} components in ${ms.toFixed(0)} ms`);
  });

  it('counts what it cannot use and keeps going; a Pod on a node without a Node object gets one', () => {
    const r = built([
      { kind: 'Deployment', metadata: { name: 'x' } },
      { kind: 'Event', apiVersion: 'v1' },
      { metadata: { name: 'no-kind' } },
      42,
      { kind: 'Node', metadata: {} },
      { kind: 'Pod', metadata: { name: 'lonely', namespace: 'default', extra: { deep: [1, 2] } }, spec: { nodeName: 'ghost' }, status: { phase: 'Running' }, somethingNew: true },
    ]);
    assert.deepEqual(r.skipped, { Deployment: 1, Event: 1, '(no kind)': 1, '(not an object)': 1 });
    assert.ok(r.warnings.some((w) => w.message.en.includes('Node without a name')));
    assert.ok(r.warnings.some((w) => w.message.en.includes('ghost')));
    assert.equal(byId(r.model).get('pod:default/lonely')?.parent, 'ghost');
    assert.equal(r.controlPlane, 'managed');
  });

  it('a nodes-only snapshot assumes kube-proxy and the kubeadm control plane, and says so', () => {
    const r = built({ kind: 'NodeList', items: [k.node('cp-1', { roles: ['control-plane'] }), k.node('w-1')] });
    assert.equal(r.controlPlane, 'assumed');
    assert.equal(ofKind(r.model, 'kube-proxy').length, 2);
    assert.ok(r.warnings.some((w) => w.message.en.includes('kube-proxy')));
    assert.ok(r.warnings.some((w) => w.message.en.includes('control-plane Pods')));
  });

  it('node names that clash with the figure’s own ids are prefixed', () => {
    const r = built(k.list([k.node('apiserver'), k.node('kubectl'), k.pod('default', 'p', { node: 'apiserver' })]));
    assert.equal(byId(r.model).get('node:apiserver')?.kind, 'node');
    assert.equal(label(r.model, 'node:apiserver'), 'apiserver');
    assert.equal(byId(r.model).get('pod:default/p')?.parent, 'node:apiserver');
  });

  it('labels from the files stay plain text in the model', () => {
    const r = built(k.list([k.node('w-1'), k.pod('default', '<img src=x onerror=alert(1)>', { node: 'w-1' })]));
    assert.equal(label(r.model, 'pod:default/<img src=x onerror=alert(1)>'), 'default/<img src=x onerror=alert(1)>');
  });

  it('a cordoned node and a node that stopped reporting', () => {
    const r = built(k.list([k.node('w-1', { unschedulable: true }), k.node('w-2', { ready: 'Unknown' })]));
    assert.equal(label(r.model, 'w-1'), 'w-1 · cordoned');
    assert.equal(byId(r.model).get('w-2')?.state, 'unknown');
  });
});

describe('modelFromKubernetes and parseKubernetesText: bad input', () => {
  const error = (r: { ok: boolean; errors?: Array<{ code: string; message: { en: string } }> }) => {
    assert.equal(r.ok, false);
    return r.errors![0]!;
  };

  it('not JSON nor YAML', async () => {
    const e = error(await parseKubernetesText('this is not a snapshot, just words'));
    assert.equal(e.code, 'invalid-snapshot');
    assert.match(e.message.en, /neither JSON nor YAML/);
  });

  it('broken JSON names the line', async () => {
    const text = fixture('cluster-kubeadm.json');
    const e = error(await parseKubernetesText(text.slice(0, 5000)));
    assert.equal(e.code, 'invalid-snapshot');
    assert.match(e.message.en, /not valid JSON at line \d+/);
  });

  it('broken YAML names the line', async () => {
    const e = error(await parseKubernetesText('kind: List\nitems:\n  - kind: Node\n    metadata: {name: [unclosed\n'));
    assert.match(e.message.en, /line \d+/);
  });

  it('empty text', async () => {
    assert.match(error(await parseKubernetesText('  \n')).message.en, /empty/);
  });

  it('JSON of the wrong kind', () => {
    const e = error(modelFromKubernetes({ kind: 'DeploymentList', items: [{ kind: 'Deployment', metadata: { name: 'a' } }] }));
    assert.equal(e.code, 'invalid-snapshot');
    assert.match(e.message.en, /no Node and no Pod \(found 1 Deployment\)/);
    assert.match(error(modelFromKubernetes('nodes')).message.en, /expected what `kubectl get nodes,pods -A -o json` prints/);
    assert.match(error(modelFromKubernetes(null)).message.en, /expected/);
  });

  it('an audit log given as a snapshot says what it is', () => {
    const e = error(modelFromKubernetes({ kind: 'EventList', apiVersion: 'audit.k8s.io/v1', items: k.deploymentRolloutAudit() }));
    assert.match(e.message.en, /audit log/);
  });

  it('never throws on hostile input', () => {
    const hostile = [{ kind: 'Pod', metadata: { name: 'x', labels: 7, ownerReferences: 'no' }, spec: { containers: 'no', nodeName: 5 }, status: { conditions: {} } }, { kind: 'Node', metadata: { name: 'n', labels: null }, status: { nodeInfo: 3, conditions: [null, 1] } }];
    const r = built(hostile);
    assert.equal(r.nodes.length, 1);
  });
});
