import { expect } from '@open-wc/testing';
import { CONTROL_PLANE } from '../../../stories/configurations.js';
import type { K8sControlPlane } from '../src/elements/control-plane.js';
import { component, descriptionOf, drawnEdges, drawnKinds, eventsDuring, mount, part, settle, shadow, warningsDuring } from './helpers.js';

const config = (name: string) => CONTROL_PLANE.find((c) => c.name === name)!;

describe('<k8s-control-plane>', () => {
  it('draws the five components of the seed table, the cloud box outside the node', async () => {
    const el = await mount<K8sControlPlane>(config('Default'));
    const kinds = drawnKinds(el);
    for (const kind of ['control-plane', 'apiserver', 'etcd', 'scheduler', 'controller-manager', 'cloud-controller-manager', 'cloud'])
      expect(kinds, kind).to.include(kind);
    expect(drawnEdges(el).sort()).to.deep.equal([
      'apiserver->etcd',
      'cloud-controller-manager->apiserver',
      'cloud-controller-manager->cloud',
      'controller-manager->apiserver',
      'scheduler->apiserver',
    ]);
    // Only the apiserver talks to etcd.
    expect(drawnEdges(el).filter((e) => e.endsWith('->etcd'))).to.deep.equal(['apiserver->etcd']);
    const figure = part(el, 'diagram')!;
    expect(figure.getAttribute('aria-label')).to.equal('Kubernetes control plane');
  });

  it('static-pods draws each node’s kubelet running the control plane through containerd, in French too, and toggles as a property', async () => {
    const el = await mount<K8sControlPlane>(config('High availability, static Pods (French)'));
    expect(drawnKinds(el).filter((k) => k === 'kubelet')).to.have.length(3);
    expect(drawnEdges(el)).to.include.members(['kubelet-1->lb', 'kubelet-1->containerd-1', 'kubelet-3->containerd-3']);
    expect(drawnEdges(el).filter((e) => e.endsWith('->etcd-1'))).to.deep.equal(['apiserver-1->etcd-1'], 'only the API server talks to etcd');
    expect(component(el, 'kubelet-2').getAttribute('aria-label')).to.equal('kubelet (Pods statiques)');
    el.staticPods = false;
    await settle(el);
    expect(el.hasAttribute('static-pods')).to.equal(false);
    expect(drawnKinds(el)).not.to.include('kubelet');
  });

  it('speaks French with lang="fr": group title, descriptions, accessible name; names stay', async () => {
    const el = await mount<K8sControlPlane>(config('French'));
    expect(part(el, 'diagram')!.getAttribute('aria-label')).to.equal('Plan de contrôle Kubernetes');
    expect(shadow(el).querySelector('[data-title-of="control-plane"] .title')!.textContent).to.equal('Plan de contrôle');
    expect(component(el, 'apiserver').getAttribute('aria-label')).to.equal('kube-apiserver');
    expect(descriptionOf(el, 'apiserver')).to.match(/porte d’entrée REST/);
    expect(component(el, 'cloud').textContent).to.contain('API du');
    expect(shadow(el).querySelector('#figure-description')!.textContent).to.match(/^Diagramme avec kube-apiserver, etcd/);
  });

  it('draws the HA figure with replicas="3": a load balancer, three nodes, leaders and standbys', async () => {
    const el = await mount<K8sControlPlane>(config('High availability'));
    const kinds = drawnKinds(el);
    expect(kinds.filter((k) => k === 'control-plane')).to.have.length(3);
    expect(kinds.filter((k) => k === 'load-balancer')).to.have.length(1);
    expect(drawnEdges(el)).to.include.members(['lb->apiserver-1', 'lb->apiserver-2', 'lb->apiserver-3', 'etcd-1->etcd-2']);
    expect(component(el, 'scheduler-1').classList.contains('state-active')).to.equal(true);
    expect(component(el, 'scheduler-2').classList.contains('state-standby')).to.equal(true);
    expect(component(el, 'scheduler-2').getAttribute('aria-label')).to.equal('kube-scheduler standby');
    expect(part(el, 'diagram')!.getAttribute('aria-label')).to.equal('Highly available Kubernetes control plane');
  });

  it('draws external etcd as its own cluster the apiservers reach', async () => {
    const el = await mount<K8sControlPlane>(config('High availability, external etcd'));
    expect(drawnEdges(el)).to.include.members(['apiserver-1->etcd-cluster', 'apiserver-3->etcd-cluster', 'etcd-1->etcd-3']);
    expect(component(el, 'etcd-2').closest('[data-component]')!.getAttribute('data-kind')).to.equal('etcd');
  });

  it('removes the cloud parts with cloud="none" and names the provider otherwise', async () => {
    const none = await mount<K8sControlPlane>(config('Without cloud'));
    expect(drawnKinds(none)).not.to.include('cloud-controller-manager');
    expect(drawnKinds(none)).not.to.include('cloud');
    const ovh = await mount<K8sControlPlane>(config('Cloud OVH'));
    expect(component(ovh, 'cloud').textContent).to.contain('OVH');
  });

  describe('bad input', () => {
    for (const [attribute, value] of [
      ['replicas', 'abc'],
      ['replicas', '0'],
      ['replicas', '99'],
      ['etcd', 'sideways'],
    ] as const) {
      it(`${attribute}="${value}": a readable error, one k8s-error, one warning, then recovery`, async () => {
        const el = await mount<K8sControlPlane>(config('Default'));
        let errors: CustomEvent<{ code: string; message: string; path: string }>[] = [];
        const warnings = await warningsDuring(async () => {
          errors = await eventsDuring(el, 'k8s-error', async () => {
            el.setAttribute(attribute, value);
            await settle(el);
            el.requestUpdate();
            await settle(el);
          });
        });
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.code).to.equal('invalid-attribute');
        expect(errors[0]!.detail.path).to.equal(attribute);
        expect(errors[0]!.bubbles && errors[0]!.composed).to.equal(true);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`${attribute}="${value}"`);
        const error = part(el, 'error')!;
        expect(error.textContent).to.contain(`${attribute}="${value}" is not valid`);
        expect(part(el, 'diagram')).to.equal(null);
        el.removeAttribute(attribute);
        await settle(el);
        expect(part(el, 'error')).to.equal(null);
        expect(drawnKinds(el)).to.include('apiserver');
      });
    }

    it('reports a .model with an unknown kind or a dangling edge, and draws a good one', async () => {
      const el = await mount<K8sControlPlane>(config('Default'));
      const seen = await eventsDuring<{ code: string }>(el, 'k8s-error', async () => {
        await warningsDuring(async () => {
          el.model = { components: [{ id: 'x', kind: 'database' as never }], edges: [] };
          await settle(el);
          el.model = { components: [{ id: 'a', kind: 'etcd' }], edges: [{ from: 'a', to: 'b' }] };
          await settle(el);
        });
      });
      expect(seen.map((e) => e.detail.code)).to.deep.equal(['invalid-model', 'invalid-model']);
      expect(part(el, 'error')!.textContent).to.contain('“b”, which is not a component');
      el.model = { components: [{ id: 'a', kind: 'etcd' }, { id: 'b', kind: 'apiserver' }], edges: [{ from: 'b', to: 'a' }] };
      await settle(el);
      expect(drawnEdges(el)).to.deep.equal(['b->a']);
      expect(el.model).to.deep.equal({ components: [{ id: 'a', kind: 'etcd' }, { id: 'b', kind: 'apiserver' }], edges: [{ from: 'b', to: 'a' }] });
    });

    it('shows labels with markup as text', async () => {
      const el = await mount<K8sControlPlane>(config('Default'));
      (window as unknown as { pwned?: boolean }).pwned = false;
      el.model = {
        components: [{ id: 'x', kind: 'etcd', label: '<img src=x onerror="window.pwned=true">' }],
        edges: [],
      };
      await settle(el);
      await new Promise((r) => setTimeout(r, 50));
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(component(el, 'x').querySelector('.label')!.textContent).to.contain('<img src=x');
      expect((window as unknown as { pwned?: boolean }).pwned).to.equal(false);
    });
  });

  describe('language', () => {
    it('matches lang="fr-FR" as French, and lang="de" falls back to English with one warning', async () => {
      const fr = await mount<K8sControlPlane>(config('Default'), { lang: 'fr-FR' });
      expect(part(fr, 'diagram')!.getAttribute('aria-label')).to.equal('Plan de contrôle Kubernetes');
      const warnings = await warningsDuring(async () => {
        const de = await mount<K8sControlPlane>(config('Default'), { lang: 'de' });
        expect(part(de, 'diagram')!.getAttribute('aria-label')).to.equal('Kubernetes control plane');
        de.requestUpdate();
        await settle(de);
      });
      expect(warnings.filter((w) => w.includes('lang="de"'))).to.have.length(1);
    });

    it('inherits <html lang="fr-FR"> and follows a change at run time', async () => {
      const html = document.documentElement;
      const before = html.getAttribute('lang');
      html.setAttribute('lang', 'fr-FR');
      try {
        const el = await mount<K8sControlPlane>(config('Default'));
        expect(part(el, 'diagram')!.getAttribute('aria-label')).to.equal('Plan de contrôle Kubernetes');
        html.setAttribute('lang', 'en');
        await new Promise((r) => setTimeout(r, 0));
        await settle(el);
        expect(part(el, 'diagram')!.getAttribute('aria-label')).to.equal('Kubernetes control plane');
        expect(shadow(el).querySelector('[data-title-of="control-plane"] .title')!.textContent).to.equal('Control plane');
        // Its own lang wins over the page's.
        html.setAttribute('lang', 'fr');
        el.setAttribute('lang', 'en');
        await new Promise((r) => setTimeout(r, 0));
        await settle(el);
        expect(part(el, 'diagram')!.getAttribute('aria-label')).to.equal('Kubernetes control plane');
      } finally {
        if (before === null) html.removeAttribute('lang');
        else html.setAttribute('lang', before);
      }
    });
  });

  it('draws nothing itself inside a <k8s-cluster>: it configures the cluster', async () => {
    const el = await mount(config('Default'));
    expect(shadow(el).querySelector('svg')).to.not.equal(null);
    const cluster = document.createElement('k8s-cluster');
    const child = document.createElement('k8s-control-plane');
    cluster.append(child);
    document.body.append(cluster);
    try {
      await (child).updateComplete;
      expect(child.shadowRoot!.querySelector('svg')).to.equal(null);
      expect(child.getBoundingClientRect().height).to.equal(0);
    } finally {
      cluster.remove();
    }
  });
});
