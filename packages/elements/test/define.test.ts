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
