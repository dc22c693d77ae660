import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type {
  OCI_RUNTIMES} from '@k8s-diagrams/core';
import {
  buildClusterModel,
  buildContainerStackModel,
  buildControlPlaneModel,
  buildWorkerNodeModel,
  clusterModelFromMarkup,
  RUNTIMES,
  validateModel,
  type Model,
} from '@k8s-diagrams/core';

const kinds = (m: Model) => new Set(m.components.map((c) => c.kind));
const kindOf = (m: Model) => new Map(m.components.map((c) => [c.id, c.kind]));
const count = (m: Model, kind: string) => m.components.filter((c) => c.kind === kind).length;
const edgesByKind = (m: Model) => {
  const k = kindOf(m);
  return m.edges.map((e) => `${k.get(e.from)}->${k.get(e.to)}${e.kind && e.kind !== 'call' ? ` (${e.kind})` : ''}`);
};

/** Only the apiserver and other etcd members talk to etcd (the reference's first rule). */
function assertEtcdOnlyFromApiserver(m: Model): void {
  const k = kindOf(m);
  const etcdLike = (id: string) => k.get(id) === 'etcd' || (m.components.find((c) => c.id === id)?.kind === 'layer' && m.components.some((c) => c.parent === id && c.kind === 'etcd'));
  for (const e of m.edges) {
    if (etcdLike(e.to)) assert.ok(k.get(e.from) === 'apiserver' || (k.get(e.from) === 'etcd' && e.kind === 'peer'), `${e.from} -> ${e.to}`);
    if (etcdLike(e.from)) assert.ok(k.get(e.to) === 'etcd' && e.kind === 'peer', `${e.from} -> ${e.to}`);
  }
}

describe('control plane model (F2)', () => {
  const m = buildControlPlaneModel({ replicas: 1, etcd: 'stacked', cloud: '' });

  it('has the seed table five components, a cloud box, all valid', () => {
    assert.ok(validateModel(m).ok);
    for (const kind of ['apiserver', 'etcd', 'scheduler', 'controller-manager', 'cloud-controller-manager', 'cloud', 'control-plane'])
      assert.ok(kinds(m).has(kind as never), kind);
    assert.equal(m.components.find((c) => c.kind === 'cloud')?.parent, undefined, 'the cloud is outside the node');
  });

  it('links every controller to the apiserver, and only the apiserver to etcd', () => {
    assert.deepEqual(edgesByKind(m).sort(), [
      'apiserver->etcd',
      'cloud-controller-manager->apiserver',
      'cloud-controller-manager->cloud',
      'controller-manager->apiserver',
      'scheduler->apiserver',
    ]);
    assertEtcdOnlyFromApiserver(m);
  });

  it('drops the cloud parts with cloud="none" and labels the provider otherwise', () => {
    const none = buildControlPlaneModel({ replicas: 1, etcd: 'stacked' });
    assert.ok(!kinds(none).has('cloud') && !kinds(none).has('cloud-controller-manager'));
    const ovh = buildControlPlaneModel({ replicas: 1, etcd: 'stacked', cloud: 'OVH' });
    assert.equal(ovh.components.find((c) => c.kind === 'cloud')?.label, 'OVH');
  });
});

describe('high availability (F3)', () => {
  for (const etcd of ['stacked', 'external'] as const) {
    const m = buildControlPlaneModel({ replicas: 3, etcd, cloud: '' });
    it(`${etcd} etcd: a load balancer in front of three apiservers, leaders and standbys`, () => {
      assert.ok(validateModel(m).ok);
      assert.equal(count(m, 'load-balancer'), 1);
      assert.equal(count(m, 'control-plane'), 3);
      assert.equal(count(m, 'apiserver'), 3);
      assert.deepEqual(m.edges.filter((e) => e.from === 'lb').map((e) => e.to), ['apiserver-1', 'apiserver-2', 'apiserver-3']);
      for (const kind of ['scheduler', 'controller-manager', 'cloud-controller-manager']) {
        const states = m.components.filter((c) => c.kind === kind).map((c) => c.state);
        assert.deepEqual(states, ['active', 'standby', 'standby'], kind);
      }
      assert.equal(count(m, 'etcd'), 3);
      assertEtcdOnlyFromApiserver(m);
      const peers = m.edges.filter((e) => e.kind === 'peer').map((e) => `${e.from}~${e.to}`);
      assert.deepEqual(peers, ['etcd-1~etcd-2', 'etcd-1~etcd-3', 'etcd-2~etcd-3'], 'every member replicates to the others');
    });
  }

  it('stacked etcd sits in each node; external etcd is a group of its own', () => {
    const stacked = buildControlPlaneModel({ replicas: 3, etcd: 'stacked' });
    assert.deepEqual(stacked.components.filter((c) => c.kind === 'etcd').map((c) => c.parent), ['control-plane-1', 'control-plane-2', 'control-plane-3']);
    const external = buildControlPlaneModel({ replicas: 3, etcd: 'external' });
    assert.deepEqual(new Set(external.components.filter((c) => c.kind === 'etcd').map((c) => c.parent)), new Set(['etcd-cluster']));
    assert.deepEqual(external.edges.filter((e) => e.to === 'etcd-cluster').map((e) => e.from), ['apiserver-1', 'apiserver-2', 'apiserver-3']);
  });

  it('notes what an even number of stacked etcd members costs: a quorum of more than half', () => {
    for (const [replicas, label] of [[2, 'etcd (quorum 2 of 2)'], [4, 'etcd (quorum 3 of 4)']] as const) {
      const m = buildControlPlaneModel({ replicas, etcd: 'stacked' });
      const members = m.components.filter((c) => c.kind === 'etcd');
      assert.equal(members.length, replicas);
      for (const c of members) assert.deepEqual(c.label, { en: label, fr: label.replace(' of ', ' sur ') });
    }
    for (const replicas of [1, 3, 5]) assert.ok(buildControlPlaneModel({ replicas, etcd: 'stacked' }).components.filter((c) => c.kind === 'etcd').every((c) => c.label === undefined), `${replicas}: no note`);
  });

  it('static-pods: each node’s kubelet runs the control plane through its runtime and reports to the API entry', () => {
    for (const replicas of [1, 3]) {
      const m = buildControlPlaneModel({ replicas, etcd: 'stacked', staticPods: true });
      assert.ok(validateModel(m).ok);
      const kubelets = m.components.filter((c) => c.kind === 'kubelet');
      assert.equal(kubelets.length, replicas);
      const entry = replicas > 1 ? 'lb' : 'apiserver';
      for (const k of kubelets) {
        assert.deepEqual(k.label, { en: 'kubelet (static Pods)', fr: 'kubelet (Pods statiques)' });
        assert.equal(m.components.find((c) => c.id === k.parent)?.kind, 'control-plane', 'in its control-plane node');
        const out = m.edges.filter((e) => e.from === k.id);
        assert.deepEqual(out.map((e) => kindOf(m).get(e.to)).sort(), [replicas > 1 ? 'load-balancer' : 'apiserver', 'containerd'].sort());
        assert.ok(out.some((e) => e.to === entry));
        const runtime = m.components.find((c) => c.id === out.find((e) => kindOf(m).get(e.to) === 'containerd')!.to)!;
        assert.equal(runtime.parent, k.parent, 'the runtime of the same node');
      }
      assertEtcdOnlyFromApiserver(m);
    }
    const plain = buildControlPlaneModel({ replicas: 3, etcd: 'stacked' });
    assert.equal(count(plain, 'kubelet'), 0, 'off by default');
    const external = buildControlPlaneModel({ replicas: 3, etcd: 'external', staticPods: true });
    assertEtcdOnlyFromApiserver(external);
  });

  it('keeps an odd number of external etcd members', () => {
    assert.equal(count(buildControlPlaneModel({ replicas: 4, etcd: 'external' }), 'etcd'), 5);
    assert.equal(count(buildControlPlaneModel({ replicas: 1, etcd: 'external' }), 'etcd'), 3);
  });
});

describe('cluster model (F1)', () => {
  const worker = (name: string, runtime: (typeof RUNTIMES)[number] = 'containerd', ociRuntime: (typeof OCI_RUNTIMES)[number] = 'runc') => ({
    name,
    pods: 2,
    runtime,
    ociRuntime,
  });

  it('puts kubectl outside the cluster and links it to the apiserver', () => {
    const m = buildClusterModel({ controlPlanes: 1, etcd: 'stacked', workers: [worker('worker-1'), worker('worker-2')] });
    assert.ok(validateModel(m).ok);
    assert.equal(m.components.find((c) => c.kind === 'kubectl')?.parent, undefined);
    assert.ok(m.edges.some((e) => e.from === 'kubectl' && e.to === 'apiserver'));
    for (const w of ['worker-1', 'worker-2']) {
      assert.ok(m.edges.some((e) => e.from === `${w}.kubelet` && e.to === 'apiserver'));
      assert.ok(m.edges.some((e) => e.from === `${w}.kube-proxy` && e.to === 'apiserver'));
    }
    assertEtcdOnlyFromApiserver(m);
  });

  for (const controlPlanes of [1, 3])
    for (const etcd of ['stacked', 'external'] as const)
      for (const runtime of RUNTIMES)
        it(`${controlPlanes} control plane(s), ${etcd} etcd, ${runtime}: the reference's links only`, () => {
          const m = buildClusterModel({ controlPlanes, etcd, workers: [worker('w1', runtime, runtime === 'cri-o' ? 'crun' : 'runc')] });
          assert.ok(validateModel(m).ok);
          assertEtcdOnlyFromApiserver(m);
          const entry = controlPlanes > 1 ? 'lb' : 'apiserver';
          assert.ok(m.edges.some((e) => e.from === 'kubectl' && e.to === entry));
          assert.ok(m.edges.some((e) => e.from === 'w1.kubelet' && e.to === entry), 'kubelets go through the load balancer in HA');
          const chain = edgesByKind(m).filter((e) => !e.includes('apiserver') && !e.includes('load-balancer') && !e.includes('etcd') && !e.startsWith('kubectl'));
          const expected = {
            // The Pods hang off the shim: it stays their parent once the OCI runtime exits.
            containerd: ['kubelet->containerd', 'containerd->shim', 'shim->pod', 'shim->pod', 'shim->runc'],
            'cri-o': ['kubelet->cri-o', 'cri-o->shim', 'shim->pod', 'shim->pod', 'shim->crun'],
            'cri-dockerd': ['kubelet->cri-dockerd', 'cri-dockerd->dockerd', 'dockerd->containerd', 'containerd->shim', 'shim->pod', 'shim->pod', 'shim->runc'],
          }[runtime];
          assert.deepEqual(chain, expected);
          if (runtime === 'cri-o') assert.equal(m.components.find((c) => c.kind === 'shim')?.label, 'conmon');
        });

  it('draws Kata and gVisor as their own shims, not under the runc shim, with the Pods under them', () => {
    for (const oci of ['kata', 'gvisor'] as const) {
      const m = buildWorkerNodeModel(worker('w1', 'containerd', oci));
      assert.ok(!kinds(m).has('shim') && !kinds(m).has('runc'));
      assert.ok(m.edges.some((e) => e.from === 'w1.containerd' && e.to === `w1.${oci}`));
      assert.deepEqual(m.edges.filter((e) => e.to === 'w1.pod-1').map((e) => e.from), [`w1.${oci}`]);
    }
  });

  it('hangs the Pods off the shim, never off runc, which exits once the container runs', () => {
    for (const oci of ['runc', 'crun', 'youki'] as const) {
      const m = buildClusterModel({ controlPlanes: 1, etcd: 'stacked', workers: [worker('w1', 'containerd', oci)] });
      assert.ok(!m.edges.some((e) => e.from === `w1.${oci}`), `${oci} calls nothing`);
      assert.deepEqual(m.edges.filter((e) => e.to.startsWith('w1.pod')).map((e) => e.from), ['w1.shim', 'w1.shim']);
    }
    const collapsed = buildClusterModel({ controlPlanes: 1, etcd: 'stacked', workers: Array.from({ length: 11 }, (_, i) => worker(`w${i}`)) });
    assert.deepEqual([...new Set(collapsed.edges.filter((e) => e.to.endsWith('.pods')).map((e) => kindOf(collapsed).get(e.from)))], ['shim']);
  });

  it('collapses pods into count badges above ten workers', () => {
    const many = buildClusterModel({ controlPlanes: 1, etcd: 'stacked', workers: Array.from({ length: 11 }, (_, i) => worker(`w${i}`)) });
    assert.equal(count(many, 'pod'), 11);
    assert.ok(many.components.filter((c) => c.kind === 'pod').every((c) => c.count === 2));
    const few = buildClusterModel({ controlPlanes: 1, etcd: 'stacked', workers: Array.from({ length: 10 }, (_, i) => worker(`w${i}`)) });
    assert.equal(count(few, 'pod'), 20);
  });
});

describe('worker node model (F4)', () => {
  it('shows the CNI plugin, called by the runtime (not the kubelet) to give each Pod sandbox its network', () => {
    for (const runtime of RUNTIMES) {
      const m = buildWorkerNodeModel({ name: 'worker-1', pods: 2, runtime, ociRuntime: runtime === 'cri-o' ? 'crun' : 'runc' });
      assert.ok(validateModel(m).ok);
      assert.equal(count(m, 'cni'), 1);
      assert.deepEqual(m.edges.filter((e) => e.to === 'worker-1.cni').map((e) => e.from), [`worker-1.${runtime}`], `${runtime}: the CRI server calls CNI, not the kubelet`);
    }
    const cluster = buildClusterModel({ controlPlanes: 1, etcd: 'stacked', workers: [{ name: 'w1', pods: 2, runtime: 'containerd', ociRuntime: 'runc' }] });
    assert.equal(count(cluster, 'cni'), 0, 'the cluster figure stays compact');
  });

  it('links kubelet and kube-proxy up to the API server drawn above the node', () => {
    const m = buildWorkerNodeModel({ name: 'worker-1', pods: 3, runtime: 'containerd', ociRuntime: 'runc' });
    assert.ok(validateModel(m).ok);
    assert.equal(m.components.find((c) => c.kind === 'apiserver')?.parent, 'control-plane');
    assert.deepEqual(
      m.edges.filter((e) => e.to === 'apiserver').map((e) => e.from),
      ['worker-1.kubelet', 'worker-1.kube-proxy'],
    );
    assert.equal(count(m, 'pod'), 3);
  });
});

describe('container ecosystem model (F5)', () => {
  const m = buildContainerStackModel();
  const band = new Map(m.components.map((c) => [c.id, c.parent]));
  const order = ['clients', 'orchestrators', 'cri-layer', 'engines', 'shims', 'oci-layer'];

  it('has its bands, top to bottom, with their members', () => {
    assert.ok(validateModel(m).ok);
    assert.deepEqual(m.components.filter((c) => c.kind === 'layer').map((c) => c.id), order);
    const members = (b: string) => m.components.filter((c) => c.parent === b).map((c) => c.kind).sort();
    assert.deepEqual(members('clients'), ['crictl', 'docker-cli', 'kubectl', 'nerdctl', 'podman']);
    assert.deepEqual(members('orchestrators'), ['kubelet']);
    assert.deepEqual(members('cri-layer'), ['cri']);
    assert.deepEqual(members('engines'), ['containerd', 'cri-dockerd', 'cri-o', 'dockerd'], 'containerd and CRI-O are engines, behind the CRI');
    assert.deepEqual(members('shims'), ['gvisor', 'kata', 'shim', 'shim'], 'the shims sit outside the OCI band');
    assert.deepEqual(members('oci-layer'), ['crun', 'oci', 'runc', 'youki'], 'OCI: the specification and its runtimes');
    assert.deepEqual(m.components.find((c) => c.id === 'runc')!.label, { en: 'runc (reference)', fr: 'runc (référence)' });
  });

  it('points every edge down; only engines call each other within their band', () => {
    for (const e of m.edges) {
      const a = order.indexOf(band.get(e.from)!);
      const b = order.indexOf(band.get(e.to)!);
      if (a === b) assert.equal(band.get(e.from), 'engines', `${e.from} -> ${e.to}`);
      else assert.ok(b > a, `${e.from} -> ${e.to}`);
    }
  });

  it('draws the real paths', () => {
    const has = (from: string, to: string, kind?: string) => m.edges.some((e) => e.from === from && e.to === to && (e.kind ?? 'call') === (kind ?? 'call'));
    assert.ok(has('kubectl', 'kubelet', 'indirect'), 'kubectl reaches the kubelet through the API server');
    assert.ok(has('kubelet', 'cri') && has('cri', 'containerd') && has('cri', 'cri-o'));
    assert.ok(has('docker-cli', 'dockerd') && has('dockerd', 'containerd'), 'dockerd calls containerd directly');
    assert.ok(has('nerdctl', 'containerd'), 'nerdctl talks to containerd directly');
    assert.ok(has('podman', 'conmon') && has('conmon', 'crun'), 'podman runs conmon and crun, no daemon');
    assert.ok(has('kubelet', 'dockerd', 'removed'), 'dockershim is gone');
    assert.ok(has('cri', 'cri-dockerd') && has('cri-dockerd', 'dockerd'), 'today the kubelet reaches Docker Engine through cri-dockerd');
    assert.ok(!m.edges.some((e) => e.from === 'dockerd' && e.to === 'cri'), 'dockerd does not go through the CRI');
    assert.ok(!m.edges.some((e) => e.from === 'oci' || e.to === 'oci'), 'the specification is implemented, not called');
  });
});

describe('cluster add-ons (addons attribute)', () => {
  const markup = (values: Record<string, string>) => clusterModelFromMarkup((name) => values[name] ?? null, []);
  const model = (values: Record<string, string>): Model => {
    const r = markup(values);
    assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
    return r.value;
  };

  it('without the attribute (or empty), draws exactly the default cluster', () => {
    assert.deepEqual(model({}), model({ addons: '' }));
    assert.ok(!kinds(model({})).has('coredns') && !kinds(model({})).has('metrics-server'));
  });

  it('coredns: two CoreDNS Pods on the workers behind the kube-dns Service, watching the API server', () => {
    const m = model({ addons: 'coredns' });
    assert.equal(validateModel(m).ok, true);
    const pods = m.components.filter((c) => c.kind === 'coredns');
    assert.deepEqual(pods.map((p) => p.parent), ['worker-1', 'worker-2']);
    const dns = m.components.find((c) => c.id === 'kube-dns')!;
    assert.equal(dns.kind, 'service');
    assert.equal(dns.label, 'kube-dns');
    const edges = edgesByKind(m);
    assert.equal(edges.filter((e) => e === 'service->coredns (indirect)').length, 2);
    assert.equal(edges.filter((e) => e === 'coredns->apiserver').length, 2);
    assert.equal(edges.filter((e) => e === 'shim->coredns').length, 2);
    assertEtcdOnlyFromApiserver(m);
  });

  it('metrics-server: one Pod the API servers proxy to, scraping every kubelet', () => {
    const m = model({ addons: 'metrics-server', 'control-planes': '3' });
    assert.equal(validateModel(m).ok, true);
    const [ms, ...more] = m.components.filter((c) => c.kind === 'metrics-server');
    assert.equal(more.length, 0);
    assert.equal(ms!.parent, 'worker-2');
    const edges = edgesByKind(m);
    assert.equal(edges.filter((e) => e === 'apiserver->metrics-server').length, 3, 'every API server proxies metrics.k8s.io');
    assert.equal(edges.filter((e) => e === 'metrics-server->kubelet').length, 2);
    assertEtcdOnlyFromApiserver(m);
  });

  it('reads commas and spaces, in any case and order, and adds each add-on once', () => {
    const both = model({ addons: 'coredns,metrics-server' });
    assert.deepEqual(model({ addons: ' Metrics-Server  coredns,coredns ' }), both);
    assert.equal(count(both, 'coredns'), 2);
    assert.equal(count(both, 'metrics-server'), 1);
    // One worker: one CoreDNS Pod, named by its kind.
    const one = model({ addons: 'coredns', workers: '1' });
    assert.equal(count(one, 'coredns'), 1);
    assert.equal(one.components.find((c) => c.kind === 'coredns')!.label, undefined);
  });

  it('a large cluster keeps metrics-server without one link per kubelet', () => {
    const m = model({ addons: 'metrics-server', workers: '40' });
    assert.equal(count(m, 'metrics-server'), 1);
    assert.equal(edgesByKind(m).filter((e) => e === 'metrics-server->kubelet').length, 0);
  });

  it('an unknown add-on is an invalid-attribute error naming the valid ones', () => {
    const r = markup({ addons: 'coredns, istio' });
    assert.ok(!r.ok);
    const [e] = r.errors;
    assert.equal(e!.code, 'invalid-attribute');
    assert.equal(e!.path, 'addons');
    assert.equal(e!.message.en, 'addons="coredns, istio" is not valid: “istio” is not known; use “coredns”, “metrics-server”, separated by commas or spaces.');
    assert.match(e!.message.fr, /“istio” est inconnue\u00a0; utilisez “coredns”, “metrics-server”/);
  });

  it('add-ons need a worker to run on', () => {
    const r = markup({ addons: 'coredns', workers: '0' });
    assert.ok(!r.ok);
    assert.equal(r.errors[0]!.path, 'addons');
    assert.match(r.errors[0]!.message.en, /has none; set workers to 1 or more\.$/);
  });
});
