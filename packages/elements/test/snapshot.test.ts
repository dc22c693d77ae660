import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import * as k from '../../../examples/data/kube-objects.mjs';
import type { K8sCluster } from '../src/elements/cluster.js';
import { decodePieces, encodeInSlices } from '../src/snapshot/snapshot-work.js';
import { component, drawnIds, drawnKinds, eventsDuring, part, settle, shadow, warningsDuring } from './helpers.js';

type Cluster = K8sCluster;
const DATA = 'examples/data';

/** A <k8s-cluster> in a docs-width column, set up by `setup` before it joins the page. */
async function mountCluster(setup: (el: Cluster) => void): Promise<Cluster> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 760px"></div>`);
  const el = document.createElement('k8s-cluster');
  setup(el);
  host.append(el);
  await settle(el);
  return el;
}

const labelOf = (el: Element, id: string) => component(el, id).querySelector('.label')?.textContent ?? '';
const errorText = (el: Element) => part(el, 'error')?.textContent ?? '';

describe('<k8s-cluster> from a snapshot', () => {
  it('src fetches a kubectl List relative to the page and draws its nodes, runtimes and Pods', async () => {
    const el = await mountCluster((c) => c.setAttribute('src', `${DATA}/cluster-kubeadm.json`));
    expect(errorText(el)).to.equal('');
    const ids = drawnIds(el);
    for (const id of ['cp-1', 'cp-1.apiserver', 'cp-1.etcd', 'worker-1', 'worker-2.containerd', 'worker-2.runc', 'worker-1.cni']) expect(ids).to.include(id);
    expect(component(el, 'cp-1').getAttribute('data-kind')).to.equal('control-plane');
    expect(labelOf(el, 'worker-1.containerd')).to.equal('containerd 1.7.22');
    expect(drawnKinds(el).filter((kind) => kind === 'pod').length).to.equal(5);
    expect(ids.filter((id) => id.startsWith('pod:shop/nginx-')).length).to.equal(3);
    expect(shadow(el).querySelector('[data-edge="cp-1.apiserver->cp-1.etcd"]')).to.not.equal(null);
    expect(el.model!.components.find((c) => c.id === 'worker-1')?.label).to.equal('worker-1');
  });

  it('reads multi-document YAML (three control planes behind a load balancer)', async () => {
    const el = await mountCluster((c) => c.setAttribute('src', `${DATA}/cluster-kubeadm-ha.yaml`));
    expect(errorText(el)).to.equal('');
    expect(drawnKinds(el).filter((kind) => kind === 'control-plane').length).to.equal(3);
    expect(drawnIds(el)).to.include('lb');
    expect(component(el, 'cp-2.scheduler').getAttribute('class')).to.contain('state-active');
  });

  it('.objects draws Pods in every state, each with its pill, the unscheduled one outside the nodes', async () => {
    const el = await mountCluster((c) => (c.objects = k.podPhases()));
    const stateOf = (id: string) => [...component(el, id).classList].find((c) => c.startsWith('state-'));
    expect(stateOf('pod:default/web-running')).to.equal('state-running');
    expect(stateOf('pod:default/web-pending')).to.equal('state-pending');
    expect(stateOf('pod:batch/job-done-x7k2p')).to.equal('state-succeeded');
    expect(stateOf('pod:batch/job-failed-q9w4e')).to.equal('state-failed');
    expect(stateOf('pod:default/web-lost')).to.equal('state-unknown');
    expect(stateOf('pod:default/web-stopping')).to.equal('state-terminating');
    expect(component(el, 'pod:batch/job-failed-q9w4e').querySelector('.pill')?.textContent?.trim()).to.equal('failed');
    expect(el.model!.components.find((c) => c.id === 'pod:default/big-unscheduled')?.parent).to.equal('unscheduled');
    el.lang = 'fr';
    await settle(el);
    expect(component(el, 'pod:batch/job-failed-q9w4e').querySelector('.pill')?.textContent?.trim()).to.equal('en échec');
    expect(component(el, 'pod:batch/job-done-x7k2p').querySelector('.pill')?.textContent?.trim()).to.equal('terminé');
    await expect(el).to.be.accessible();
  });

  it('an inline <script type="application/json"> child, and namespaces="shop"', async () => {
    const el = await mountCluster((c) => {
      c.setAttribute('namespaces', 'shop');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(k.kubeadmOneControlPlane());
      c.append(script);
    });
    const pods = drawnIds(el).filter((id) => id.startsWith('pod:'));
    expect(pods.length).to.equal(3);
    expect(pods.every((id) => id.startsWith('pod:shop/'))).to.equal(true);
    el.removeAttribute('namespaces');
    await settle(el);
    expect(drawnIds(el).filter((id) => id.startsWith('pod:')).length).to.equal(5);
  });

  it('labels from the files are text, never markup', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const el = await mountCluster((c) => (c.objects = k.list([k.node('w-1'), k.pod('default', evil, { node: 'w-1' })])));
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(labelOf(el, `pod:default/${evil}`)).to.equal(`default/${evil}`);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('a large snapshot is read in the worker, and still drawn', async () => {
    const text = JSON.stringify(k.largeCluster(40, 400));
    expect(text.length).to.be.above(256 * 1024);
    const Original = window.Worker;
    const started: string[] = [];
    window.Worker = class extends Original {
      constructor(url: string | URL, options?: WorkerOptions) {
        started.push(String(url));
        super(url, options);
      }
    };
    try {
      const el = await mountCluster((c) => {
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = text;
        c.append(script);
      });
      expect(errorText(el)).to.equal('');
      expect(drawnKinds(el).filter((kind) => kind === 'node').length).to.equal(37);
    } finally {
      window.Worker = Original;
    }
    expect(started.some((url) => url.endsWith('/snapshot.worker.js'))).to.equal(true);
  });
});

describe('a large text on its way to the snapshot worker', () => {
  it('goes in UTF-8 pieces that never split a character, and comes back whole', async () => {
    // Piece size 5: the emoji (two UTF-16 units) straddles the first boundary.
    const text = 'café🚀 — naïve ’quotes’ 雪'.repeat(3);
    const pieces = await encodeInSlices(text, 5);
    expect(pieces.utf8.length).to.be.above(5);
    for (const piece of pieces.utf8) expect(() => new TextDecoder('utf-8', { fatal: true }).decode(piece)).not.to.throw();
    expect(decodePieces(pieces)).to.equal(text);
    expect(decodePieces(await encodeInSlices(''))).to.equal('');
  });
});

describe('<k8s-cluster> snapshot errors', () => {
  it('a missing file: fetch-failed, in place, and the page keeps working', async () => {
    let el!: Cluster;
    const events = await eventsDuring<{ code: string; message: string; path: string }>(document, 'k8s-error', async () => {
      await warningsDuring(async () => {
        el = await mountCluster((c) => c.setAttribute('src', `${DATA}/no-such-file.json`));
      });
    });
    expect(events.map((e) => e.detail.code)).to.deep.equal(['fetch-failed']);
    expect(events[0]!.detail.path).to.equal('src');
    expect(events[0]!.detail.message).to.contain('no-such-file.json').and.to.contain('404');
    expect(errorText(el)).to.contain('404');
    el.setAttribute('src', `${DATA}/cluster-managed.json`);
    await settle(el);
    expect(errorText(el)).to.equal('');
    expect(drawnIds(el)).to.include('control-plane');
  });

  it('text that is neither JSON nor YAML, and JSON of the wrong kind: invalid-snapshot', async () => {
    const events = await eventsDuring<{ code: string; message: string }>(document, 'k8s-error', async () => {
      await warningsDuring(async () => {
        const a = await mountCluster((c) => {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = 'just some words';
          c.append(script);
        });
        expect(errorText(a)).to.contain('neither JSON nor YAML');
        const b = await mountCluster((c) => (c.objects = { kind: 'DeploymentList', items: [{ kind: 'Deployment', metadata: { name: 'x' } }] }));
        expect(errorText(b)).to.contain('no Node and no Pod');
        const c = await mountCluster((x) => (x.objects = { kind: 'List', items: [] }));
        expect(errorText(c)).to.contain('no Node and no Pod');
      });
    });
    expect(events.map((e) => e.detail.code)).to.deep.equal(['invalid-snapshot', 'invalid-snapshot', 'invalid-snapshot']);
    const fine = await mountCluster(() => undefined);
    expect(drawnKinds(fine)).to.include('apiserver');
  });

  it('removing the snapshot draws the attributes again', async () => {
    const el = await mountCluster((c) => (c.objects = k.managedCluster()));
    const node = 'ip-10-0-1-23.eu-west-1.compute.internal';
    expect(drawnIds(el)).to.include(node);
    el.objects = null;
    await settle(el);
    expect(drawnIds(el)).to.include('worker-1');
    expect(drawnIds(el)).to.not.include(node);
  });
});

describe('<k8s-cluster audit-src>', () => {
  it('replays the log as the figure’s scenario: steps, captions (en, fr), the log’s clock, inferred tokens', async () => {
    const el = await mountCluster((c) => {
      c.setAttribute('src', `${DATA}/cluster-kubeadm.json`);
      c.setAttribute('audit-src', `${DATA}/audit-rollout.log`);
      c.setAttribute('controls', '');
      c.id = 'replay';
    });
    expect(errorText(el)).to.equal('');
    expect(el.steps.length).to.be.above(20);
    const steps = await eventsDuring<{ step: { id: string; from: string; to: string; label: string } }>(el, 'k8s-step', async () => {
      el.next();
      el.next();
      await settle(el);
    });
    expect(steps.map((s) => s.detail.step.from)).to.deep.equal(['cp-1.apiserver', 'kubectl']);
    expect(part(el, 'caption')!.textContent).to.contain('kubectl (kubernetes-admin): create deployments shop/nginx → 201');
    expect(shadow(el).querySelector('.counter')!.textContent).to.contain('10:00:00.040');
    el.next();
    await settle(el);
    expect(part(el, 'caption')!.textContent).to.contain('Inferred: kube-apiserver writes deployments shop/nginx to etcd');
    const token = shadow(el).querySelector('.motion-overlay .k8s-token');
    expect(token?.classList.contains('k8s-token--inferred')).to.equal(true);
    el.lang = 'fr';
    await settle(el);
    expect(part(el, 'caption')!.textContent).to.contain('Déduit : kube-apiserver écrit deployments shop/nginx dans etcd');
  });

  it('.auditEvents on the attribute figure, with time-scale; a bad time-scale is reported', async () => {
    const el = await mountCluster((c) => (c.auditEvents = k.deploymentRolloutAudit()));
    expect(el.steps.some((s) => s.from === 'worker-2.kubelet')).to.equal(true);
    const events = await eventsDuring<{ code: string }>(el, 'k8s-error', async () => {
      await warningsDuring(async () => {
        el.setAttribute('time-scale', 'fast');
        await settle(el);
      });
    });
    expect(events.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute']);
    el.setAttribute('time-scale', '4');
    await settle(el);
    expect(errorText(el)).to.equal('');
    expect(el.steps.length).to.be.above(20);
  });

  it('a log that is not one: invalid-audit-log naming the line; the figure draws again once fixed', async () => {
    let el!: Cluster;
    const events = await eventsDuring<{ code: string; message: string }>(document, 'k8s-error', async () => {
      await warningsDuring(async () => {
        el = await mountCluster((c) => (c.auditEvents = 'GET /api/v1/pods 200\nGET /healthz 200'));
      });
    });
    expect(events.map((e) => e.detail.code)).to.deep.equal(['invalid-audit-log']);
    expect(errorText(el)).to.contain('line 1 is not JSON');
    el.auditEvents = null;
    await settle(el);
    expect(errorText(el)).to.equal('');
    expect(el.scenario).to.equal(null);
    expect(drawnKinds(el)).to.include('apiserver');
  });

  it('a truncated log keeps the lines before it', async () => {
    const text = k.jsonLines(k.deploymentRolloutAudit()).trimEnd();
    const warnings = await warningsDuring(async () => {
      const el = await mountCluster((c) => (c.auditEvents = text.slice(0, -50)));
      expect(errorText(el)).to.equal('');
      expect(el.steps.length).to.be.above(10);
    });
    expect(warnings.some((w) => /line \d+ is cut short/.test(w))).to.equal(true);
  });
});
