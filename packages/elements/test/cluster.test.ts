import { expect } from '@open-wc/testing';
import { CLUSTER } from '../../../stories/configurations.js';
import type { K8sCluster } from '../src/elements/cluster.js';
import { SLICE } from '../src/render/drawing.js';
import { component, drawnEdges, drawnIds, drawnKinds, eventsDuring, mount, part, settle, shadow, warningsDuring } from './helpers.js';

const config = (name: string) => CLUSTER.find((c) => c.name === name)!;

/** Only the apiserver and other etcd members connect to etcd. */
function assertEtcdClean(el: Element): void {
  const kindOf = new Map(drawnIds(el).map((id, i) => [id, drawnKinds(el)[i]]));
  const etcdLike = (id: string) => kindOf.get(id) === 'etcd' || id === 'etcd-cluster';
  for (const edge of drawnEdges(el)) {
    const [from, to] = edge.split('->') as [string, string];
    if (etcdLike(to)) expect(kindOf.get(from) === 'apiserver' || kindOf.get(from) === 'etcd', edge).to.equal(true);
    if (etcdLike(from)) expect(kindOf.get(to), edge).to.equal('etcd');
  }
}

describe('<k8s-cluster>', () => {
  it('draws kubectl, the control plane and two workers with their runtime chain', async () => {
    const el = await mount<K8sCluster>(config('Default'));
    const kinds = drawnKinds(el);
    for (const kind of ['kubectl', 'cluster', 'control-plane', 'apiserver', 'etcd', 'scheduler', 'controller-manager', 'node', 'kubelet', 'kube-proxy', 'containerd', 'shim', 'runc', 'pod'])
      expect(kinds, kind).to.include(kind);
    expect(kinds.filter((k) => k === 'node')).to.have.length(2);
    expect(drawnEdges(el)).to.include.members([
      'kubectl->apiserver',
      'worker-1.kubelet->apiserver',
      'worker-1.kube-proxy->apiserver',
      'worker-2.kubelet->apiserver',
      'worker-1.kubelet->worker-1.containerd',
      'worker-1.containerd->worker-1.shim',
      'worker-1.shim->worker-1.runc',
    ]);
    assertEtcdClean(el);
    expect(part(el, 'diagram')!.getAttribute('aria-label')).to.equal('Kubernetes cluster');
  });

  for (const cp of ['1', '3'])
    for (const etcd of ['stacked', 'external'])
      for (const runtime of ['containerd', 'cri-o', 'cri-dockerd'])
        it(`control-planes=${cp}, etcd=${etcd}, runtime=${runtime}: the reference's links`, async () => {
          const el = await mount<K8sCluster>(config('Default'), { 'control-planes': cp, etcd, runtime, workers: '1' });
          assertEtcdClean(el);
          const entry = cp === '3' ? 'lb' : 'apiserver';
          expect(drawnEdges(el)).to.include.members([`kubectl->${entry}`, `worker-1.kubelet->${entry}`, `worker-1.kube-proxy->${entry}`]);
          expect(drawnKinds(el)).to.include(runtime);
          if (runtime === 'cri-o') expect(drawnKinds(el)).to.include('crun');
          if (etcd === 'external') expect(drawnIds(el)).to.include('etcd-cluster');
          if (cp === '3') expect(drawnKinds(el).filter((k) => k === 'control-plane')).to.have.length(3);
        });

  it('takes its details from children, which override its attributes', async () => {
    const el = await mount<K8sCluster>(config('Described by children'), { workers: '7' });
    const ids = drawnIds(el);
    expect(ids).to.include.members(['lb', 'apiserver-3', 'gpu-1', 'gpu-1.cri-o', 'gpu-1.crun', 'gpu-1.pod-4', 'web-1', 'web-1.containerd']);
    expect(drawnKinds(el).filter((k) => k === 'node')).to.have.length(2);
    // Changing a child's attribute redraws the cluster.
    el.querySelector('k8s-worker-node[name="web-1"]')!.setAttribute('pods', '3');
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(drawnIds(el)).to.include('web-1.pod-3');
  });

  it('reports an invalid child by name, once, and recovers', async () => {
    const el = await mount<K8sCluster>(config('Described by children'));
    const child = el.querySelector('k8s-worker-node[name="gpu-1"]')!;
    let events: CustomEvent<{ code: string; message: string }>[] = [];
    await warningsDuring(async () => {
      events = await eventsDuring(el, 'k8s-error', async () => {
        child.setAttribute('runtime', 'rkt');
        await new Promise((r) => setTimeout(r, 0));
        await settle(el);
      });
    });
    expect(events).to.have.length(1);
    expect(events[0]!.detail.code).to.equal('invalid-child');
    expect(events[0]!.detail.message).to.contain('<k8s-worker-node name="gpu-1">');
    expect(part(el, 'error')!.textContent).to.contain('runtime="rkt"');
    child.setAttribute('pods', '51');
    child.setAttribute('runtime', 'containerd');
    await new Promise((r) => setTimeout(r, 0));
    await warningsDuring(() => settle(el));
    expect(part(el, 'error')!.textContent).to.contain('pods="51"');
    child.setAttribute('pods', '1');
    await new Promise((r) => setTimeout(r, 0));
    await settle(el);
    expect(part(el, 'error')).to.equal(null);
    expect(drawnIds(el)).to.include('gpu-1.pod-1');
  });

  it('draws a big cluster in slices, each adding its share of outlines, links, titles and components', async () => {
    const el = document.createElement('k8s-cluster');
    el.setAttribute('workers', '60');
    el.setAttribute('pods', '3');
    document.body.append(el);
    const counts = (selector: string) => shadow(el).querySelectorAll(selector).length;
    const layers = () => ({
      groups: counts('.groups [data-component]'),
      edges: counts('.edges [data-edge]'),
      titles: counts('.titles [data-title-of]'),
      components: counts('.components [data-component]'),
    });
    const seen: Array<ReturnType<typeof layers>> = [];
    const observer = new MutationObserver(() => seen.push(layers()));
    observer.observe(shadow(el), { childList: true, subtree: true });
    try {
      await el.layoutComplete;
      observer.disconnect();
      const final = layers();
      expect(final.components, "more components than one slice holds").to.be.greaterThan(SLICE);
      expect(final.groups).to.equal(final.titles);
      // Every intermediate drawing shows part of every layer, never one layer whole and the rest empty.
      const partial = seen.filter((s) => s.components > 0 && s.components < final.components);
      expect(partial.length, 'slices drawn before the last').to.be.greaterThan(0);
      for (const s of partial) {
        expect(s.edges, 'edges of a slice').to.be.within(1, final.edges - 1);
        expect(s.groups, 'outlines of a slice').to.be.within(1, final.groups - 1);
        expect(s.titles, 'titles of a slice').to.equal(s.groups);
      }
    } finally {
      observer.disconnect();
      el.remove();
    }
  });

  it('draws a big cluster as a stack of sheets; zoomed out, texts and icons are left out until zooming in', async () => {
    const host = document.createElement('div');
    host.style.width = '760px';
    const el = document.createElement('k8s-cluster');
    el.setAttribute('workers', '200');
    el.setAttribute('pods', '3');
    host.append(el);
    document.body.append(host);
    try {
      await el.layoutComplete;
      const sheets = [...shadow(el).querySelectorAll('svg.sheet')];
      // One sheet per layer and slice (and the icons' and the top one).
      expect(sheets.length).to.be.greaterThan(8);
      for (const layer of ['groups', 'edges', 'titles', 'components']) expect(shadow(el).querySelectorAll(`.sheet .${layer}`).length, layer).to.be.greaterThan(1);
      const label = shadow(el).querySelector('[data-component="worker-7.kubelet"] .label')!;
      expect(getComputedStyle(label).display).to.equal('none');
      expect(shadow(el).querySelectorAll('svg.sheet.far').length).to.equal(sheets.length);
      // The names stay for assistive technology.
      expect(component(el, 'worker-7.kubelet').getAttribute('aria-label')).to.equal('kubelet');
      const zoomIn = shadow(el).querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!;
      for (let i = 0; i < 8 && shadow(el).querySelector('svg.sheet.far'); i++) {
        zoomIn.click();
        await el.updateComplete;
      }
      expect(shadow(el).querySelectorAll('svg.sheet.far').length).to.equal(0);
      expect(getComputedStyle(label).display).not.to.equal('none');
    } finally {
      host.remove();
    }
  });

  it('layoutComplete waits for the input set last, even while an earlier big drawing is still being added', async () => {
    const el = document.createElement('k8s-cluster');
    el.setAttribute('workers', '60');
    el.setAttribute('pods', '3');
    document.body.append(el);
    try {
      // As soon as the first slice of 60 workers is in, ask for 61.
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (!shadow(el).querySelector('.components [data-component]')) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(shadow(el), { childList: true, subtree: true });
      });
      el.setAttribute('workers', '61');
      await el.layoutComplete;
      const kinds = drawnKinds(el);
      expect(kinds.filter((k) => k === 'node'), 'worker outlines').to.have.length(61);
      expect(kinds.filter((k) => k === 'kubelet'), 'kubelets, the last slice included').to.have.length(61);
    } finally {
      el.remove();
    }
  });

  it('workers="1000" (the limit) is accepted and every worker is drawn', async () => {
    const el = document.createElement('k8s-cluster');
    el.setAttribute('workers', '1000');
    el.setAttribute('pods', '3');
    const errors: Event[] = [];
    el.addEventListener('k8s-error', (e) => errors.push(e));
    document.body.append(el);
    try {
      await el.layoutComplete;
      expect(errors, 'no k8s-error').to.have.length(0);
      expect(part(el, 'error'), 'no error shown').to.equal(null);
      const kinds = drawnKinds(el);
      expect(kinds.filter((k) => k === 'node'), 'worker outlines').to.have.length(1000);
      expect(kinds.filter((k) => k === 'kubelet'), 'kubelets').to.have.length(1000);
    } finally {
      el.remove();
    }
  });

  for (const [attribute, value] of [
    ['workers', 'many'],
    ['workers', '1001'],
    ['pods', '-1'],
    ['control-planes', '8'],
    ['runtime', 'docker'],
    ['oci-runtime', 'rkt'],
    ['addons', 'coredns,istio'],
  ] as const)
    it(`${attribute}="${value}" is an error naming the attribute`, async () => {
      const el = await mount<K8sCluster>(config('Default'));
      const events = await eventsDuring<{ code: string; path: string }>(el, 'k8s-error', () =>
        warningsDuring(async () => {
          el.setAttribute(attribute, value);
          await settle(el);
        }),
      );
      expect(events.map((e) => [e.detail.code, e.detail.path])).to.deep.equal([['invalid-attribute', attribute]]);
      el.removeAttribute(attribute);
      await settle(el);
      expect(drawnKinds(el)).to.include('kubelet');
    });

  it('addons draws CoreDNS behind kube-dns and metrics-server, and removing it gives back the default figure', async () => {
    const el = await mount<K8sCluster>(config('Default'));
    const before = drawnIds(el).sort();
    el.setAttribute('addons', 'coredns metrics-server');
    await settle(el);
    expect(drawnKinds(el).filter((k) => k === 'coredns')).to.have.length(2);
    expect(drawnKinds(el).filter((k) => k === 'metrics-server')).to.have.length(1);
    expect(drawnEdges(el)).to.include.members([
      'kube-dns->worker-1.coredns',
      'worker-1.coredns->apiserver',
      'apiserver->worker-2.metrics-server',
      'worker-2.metrics-server->worker-1.kubelet',
      'worker-2.metrics-server->worker-2.kubelet',
    ]);
    assertEtcdClean(el);
    expect(component(el, 'worker-1.coredns').textContent).to.contain('coredns-1');
    el.removeAttribute('addons');
    await settle(el);
    expect(drawnIds(el).sort()).to.deep.equal(before);
  });

  it('reports a .model with duplicate ids', async () => {
    const el = await mount<K8sCluster>(config('Default'));
    const events = await eventsDuring<{ code: string }>(el, 'k8s-error', () =>
      warningsDuring(async () => {
        el.model = { components: [{ id: 'a', kind: 'etcd' }, { id: 'a', kind: 'etcd' }], edges: [] };
        await settle(el);
      }),
    );
    expect(events.map((e) => e.detail.code)).to.deep.equal(['invalid-model']);
    expect(part(el, 'error')!.textContent).to.contain('duplicate id “a”');
  });

  it('reports a .model whose getters throw as invalid-model, never an uncaught exception, and draws a good one after', async () => {
    const el = await mount<K8sCluster>(config('Default'));
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const hostile = {
        get components(): never {
          throw new Error('components are not readable');
        },
        edges: [],
      };
      const events = await eventsDuring<{ code: string; message: string }>(el, 'k8s-error', () =>
        warningsDuring(async () => {
          el.model = hostile;
          await settle(el);
        }),
      );
      await new Promise((r) => setTimeout(r, 50));
      expect(uncaught).to.deep.equal([]);
      expect(events.map((e) => e.detail.code)).to.deep.equal(['invalid-model']);
      expect(events[0]!.detail.message).to.contain('components are not readable');
      expect(part(el, 'error')!.textContent).to.contain('could not be read');
      expect(part(el, 'diagram')).to.equal(null);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    el.model = { components: [{ id: 'api', kind: 'apiserver' }, { id: 'db', kind: 'etcd' }], edges: [{ from: 'api', to: 'db' }] };
    await settle(el);
    expect(part(el, 'error')).to.equal(null);
    expect(drawnIds(el)).to.have.members(['api', 'db']);
  });

  it('collapses pods into count badges for large clusters and keeps workers as boxes', async () => {
    const el = await mount<K8sCluster>(config('Twenty workers'));
    expect(drawnKinds(el).filter((k) => k === 'node')).to.have.length(20);
    const pods = component(el, 'worker-20.pods');
    expect(pods.getAttribute('aria-label')).to.equal('3 Pods');
    expect(pods.querySelectorAll('rect.box')).to.have.length(3, 'drawn as a stack');
  });
});
