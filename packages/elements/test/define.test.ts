import { expect } from '@open-wc/testing';
import { defineElement } from '../src/internal/define-element.js';
import { K8sControlPlane } from '../src/elements/control-plane.js';
import { warningsDuring } from './helpers.js';

describe('define modules', () => {
  it('defining the same class twice is a no-op', () => {
    expect(customElements.get('k8s-control-plane')).to.equal(K8sControlPlane);
    defineElement('k8s-control-plane', K8sControlPlane);
    expect(customElements.get('k8s-control-plane')).to.equal(K8sControlPlane);
  });

  it('loading a second copy of a define module is harmless (warns, keeps the first)', async () => {
    const warnings = await warningsDuring(async () => {
      // A query string makes the browser load a second, distinct copy of the module graph root.
      await import(/* @vite-ignore */ `../src/k8s-control-plane.ts?copy=${Date.now()}`);
    });
    expect(customElements.get('k8s-control-plane')).to.equal(K8sControlPlane);
    expect(warnings.join('\n')).to.satisfy((w: string) => w === '' || w.includes('already defined'));
  });

  it('does nothing where custom elements do not exist (server-side builds)', () => {
    const probeTag = ['ssr', 'probe'].join('-');
    const registry = Object.getOwnPropertyDescriptor(window, 'customElements')!;
    Object.defineProperty(window, 'customElements', { value: undefined, configurable: true });
    try {
      expect(() => defineElement(probeTag, class extends HTMLElement {})).not.to.throw();
    } finally {
      Object.defineProperty(window, 'customElements', registry);
    }
    expect(customElements.get(probeTag)).to.equal(undefined);
  });
});

describe('properties set before the element is defined (the upgrade-property pattern)', () => {
  it('a .model, a scenario object and a count set on an undefined tag are used once it upgrades', async () => {
    // A tag no module defines yet: the properties land on a plain HTMLElement, as when a
    // framework renders before the define module has loaded.
    const tag = `k8s-late-${Math.random().toString(36).slice(2, 8)}`;
    const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
    el.model = {
      components: [
        { id: 'api', kind: 'apiserver', label: 'my api' },
        { id: 'store', kind: 'etcd' },
      ],
      edges: [{ from: 'api', to: 'store' }],
    };
    el.speed = 3;
    document.body.append(el);
    try {
      customElements.define(tag, class extends K8sControlPlane {});
      const upgraded = el as unknown as K8sControlPlane;
      await upgraded.layoutComplete;
      expect(Object.prototype.hasOwnProperty.call(el, 'model')).to.equal(false);
      const drawn = [...upgraded.shadowRoot!.querySelectorAll<SVGElement>('[data-component]')].map((c) => c.dataset.component);
      expect(drawn).to.have.members(['api', 'store']);
      expect(upgraded.model?.components.map((c) => c.id)).to.deep.equal(['api', 'store']);
      expect(upgraded.speed).to.equal(3);
    } finally {
      el.remove();
    }
  });
});
