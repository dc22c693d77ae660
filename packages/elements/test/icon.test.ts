import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { SEED_ICONS } from '../../../stories/configurations.js';
import type { K8sIcon } from '../src/elements/icon.js';
import { eventsDuring, warningsDuring } from './helpers.js';

describe('<k8s-icon>', () => {
  it('draws each of the seed page nine icons with role="img" and the given label', async () => {
    for (const { name, label, size } of SEED_ICONS) {
      const el = await fixture<K8sIcon>(html`<k8s-icon name=${name} label=${label} size=${size}></k8s-icon>`);
      expect(el.getAttribute('role')).to.equal('img');
      expect(el.getAttribute('aria-label')).to.equal(label);
      const svg = el.shadowRoot!.querySelector('svg')!;
      expect(svg.getAttribute('width')).to.equal(size);
      expect(svg.querySelector('.k8s-icon-bg')).to.not.equal(null);
      await expect(el).to.be.accessible();
    }
  });

  it('draws an icon fetched on demand (a kind no default figure has) by the time it has updated', async () => {
    for (const name of ['service', 'client', 'iptables']) {
      const el = await fixture<K8sIcon>(html`<k8s-icon name=${name}></k8s-icon>`);
      expect(el.shadowRoot!.querySelector('svg .k8s-icon-bg'), name).to.not.equal(null);
    }
  });

  it('names itself from the catalog in the page language, and follows a change', async () => {
    const el = await fixture<K8sIcon>(html`<k8s-icon name="node" lang="fr"></k8s-icon>`);
    expect(el.getAttribute('aria-label')).to.equal('Nœud worker');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(el.getAttribute('aria-label')).to.equal('Worker node');
    const alias = await fixture<K8sIcon>(html`<k8s-icon name="kube-scheduler"></k8s-icon>`);
    expect(alias.getAttribute('aria-label')).to.equal('kube-scheduler');
  });

  it('keeps an author aria-label', async () => {
    const el = await fixture<K8sIcon>(html`<k8s-icon name="etcd" aria-label="Base de données"></k8s-icon>`);
    expect(el.getAttribute('aria-label')).to.equal('Base de données');
  });

  it('reports an unknown name in place, fires unknown-icon, warns once, and recovers', async () => {
    let el!: K8sIcon;
    const warnings = await warningsDuring(async () => {
      const events = await eventsDuring<{ code: string }>(document, 'k8s-error', async () => {
        el = await fixture<K8sIcon>(html`<k8s-icon name="nope"></k8s-icon>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(events.map((e) => e.detail.code)).to.deep.equal(['unknown-icon']);
    });
    expect(warnings).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('name="nope"');
    expect(el.getAttribute('aria-label')).to.contain('is not an icon of k8s-diagrams');
    el.setAttribute('name', 'pod');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    expect(el.getAttribute('aria-label')).to.equal('Pod');
  });

  it('suggests the nearest names for a typo', async () => {
    await warningsDuring(async () => {
      const el = await fixture<K8sIcon>(html`<k8s-icon name="schedular"></k8s-icon>`);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.getAttribute('title')).to.contain('Did you mean scheduler');
    });
  });

  it('rejects a size out of range', async () => {
    await warningsDuring(async () => {
      const el = await fixture<K8sIcon>(html`<k8s-icon name="pod" size="4000"></k8s-icon>`);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('size="4000"');
    });
  });
});
