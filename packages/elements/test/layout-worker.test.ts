import { expect } from '@open-wc/testing';
import { CONTROL_PLANE, CLUSTER } from '../../../stories/configurations.js';
import { elkWorkerStats, setElkWorkerIdleMs, stopElkWorker, ELK_WORKER_IDLE_MS } from '../src/elk-worker-client.js';
import { drawnKinds, eventsDuring, mount, part, settle, shadow, warningsDuring } from './helpers.js';

describe('layout in the ELK worker', () => {
  afterEach(() => {
    setElkWorkerIdleMs(ELK_WORKER_IDLE_MS);
  });

  it('lays out a topology without a preset (replicas="5") in the shared module worker', async () => {
    stopElkWorker();
    const before = elkWorkerStats().created;
    const el = await mount(CONTROL_PLANE.find((c) => c.name === 'Five replicas')!);
    expect(drawnKinds(el).filter((k) => k === 'control-plane')).to.have.length(5);
    expect(elkWorkerStats().created).to.equal(before + 1);
    // A second diagram reuses the same worker.
    await mount(CONTROL_PLANE.find((c) => c.name === 'Without cloud')!);
    expect(elkWorkerStats().created).to.equal(before + 1);
  });

  it('does not start a worker for the default figures', async () => {
    stopElkWorker();
    const before = elkWorkerStats().created;
    await mount(CONTROL_PLANE[0]!);
    await mount(CLUSTER[0]!);
    expect(elkWorkerStats()).to.deep.include({ created: before, alive: false });
  });

  it('ends the worker after it idles for the configured delay (30 s by default)', async () => {
    expect(ELK_WORKER_IDLE_MS).to.equal(30_000);
    setElkWorkerIdleMs(200);
    await mount(CONTROL_PLANE.find((c) => c.name === 'Five replicas')!, { cloud: 'Scaleway' });
    expect(elkWorkerStats().alive).to.equal(true);
    await new Promise((r) => setTimeout(r, 400));
    expect(elkWorkerStats().alive).to.equal(false);
  });

  it('drops a stale layout: only the latest model is drawn', async () => {
    const el = await mount(CONTROL_PLANE[0]!);
    el.setAttribute('replicas', '6');
    await el.updateComplete;
    el.setAttribute('replicas', '2');
    await settle(el);
    await new Promise((r) => setTimeout(r, 300));
    expect(drawnKinds(el).filter((k) => k === 'control-plane')).to.have.length(2);
  });

  it('shows part="loading" with aria-busy while a slow layout runs', async () => {
    stopElkWorker();
    const el = document.createElement('k8s-cluster');
    el.setAttribute('workers', '120');
    el.setAttribute('pods', '3');
    el.setAttribute('runtime', 'cri-o');
    document.body.append(el);
    try {
      let sawLoading = false;
      for (let i = 0; i < 100 && !sawLoading; i++) {
        await new Promise((r) => setTimeout(r, 20));
        const loading = shadow(el)?.querySelector('[part="loading"]');
        sawLoading = !!loading && shadow(el).querySelector('.frame')!.getAttribute('aria-busy') === 'true';
      }
      expect(sawLoading).to.equal(true);
      await (el as unknown as { layoutComplete: Promise<void> }).layoutComplete;
      expect(shadow(el).querySelector('[part="loading"]')).to.equal(null);
      expect(drawnKinds(el).filter((k) => k === 'node')).to.have.length(120);
    } finally {
      el.remove();
    }
  });

  it('reports worker-unavailable when the page cannot start a worker, and recovers', async () => {
    stopElkWorker();
    const RealWorker = window.Worker;
    (window as unknown as { Worker: unknown }).Worker = function () {
      throw new DOMException("Failed to construct 'Worker': blocked by Content Security Policy", 'SecurityError');
    };
    let el!: Element;
    try {
      await warningsDuring(async () => {
        const events = await eventsDuring<{ code: string }>(document, 'k8s-error', async () => {
          el = await mount(CONTROL_PLANE.find((c) => c.name === 'Five replicas')!, { cloud: 'Hetzner' });
        });
        expect(events.map((e) => e.detail.code)).to.deep.equal(['worker-unavailable']);
      });
      expect(part(el, 'error')!.textContent).to.contain('layout worker could not run');
    } finally {
      window.Worker = RealWorker;
    }
    el.setAttribute('cloud', 'Hetzner Cloud');
    await settle(el);
    expect(part(el, 'error')).to.equal(null);
    expect(drawnKinds(el)).to.include('load-balancer');
  });
});
