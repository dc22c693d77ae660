import { expect } from '@open-wc/testing';
import { CONTAINER_STACK } from '../../../stories/configurations.js';
import type { ContainerStack } from '../src/elements/container-stack.js';
import { component, drawnEdges, eventsDuring, mount, part, settle, shadow, warningsDuring } from './helpers.js';

const config = (name: string) => CONTAINER_STACK.find((c) => c.name === name)!;

describe('<container-stack>', () => {
  it('draws its bands, top to bottom, with every edge pointing down but the engines’ own', async () => {
    const el = await mount<ContainerStack>(config('Default'));
    const bandTop = (id: string) => component(el, id).transform.baseVal.consolidate()!.matrix.f;
    const bands = ['clients', 'orchestrators', 'cri-layer', 'engines', 'shims', 'oci-layer'];
    const tops = bands.map(bandTop);
    expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
    const bandOf = (id: string) => shadow(el).querySelector(`[data-component="${id}"]`) && bands.find((b) => {
      const g = component(el, b).getBBox();
      const m = component(el, b).transform.baseVal.consolidate()!.matrix;
      const c = component(el, id).transform.baseVal.consolidate()!.matrix;
      return c.f >= m.f && c.f <= m.f + g.height;
    });
    for (const edge of drawnEdges(el)) {
      const [from, to] = edge.split('->') as [string, string];
      const a = bands.indexOf(bandOf(from)!);
      const b = bands.indexOf(bandOf(to)!);
      if (a === b) expect(bands[a], edge).to.equal('engines');
      else expect(b, edge).to.be.greaterThan(a);
    }
    expect(shadow(el).querySelector('[data-edge="kubelet->dockerd"]')!.classList.contains('kind-removed')).to.equal(true);
    expect(shadow(el).querySelector('[data-edge="kubectl->kubelet"]')!.classList.contains('kind-indirect')).to.equal(true);
  });

  it('emphasises the route named by highlight and dims the rest', async () => {
    const el = await mount<ContainerStack>(config('Kubernetes path'));
    for (const id of ['kubelet', 'cri', 'containerd', 'shim', 'runc']) expect(component(el, id).classList.contains('emphasized'), id).to.equal(true);
    expect(component(el, 'dockerd').classList.contains('dimmed')).to.equal(true);
    for (const edge of ['kubelet->cri', 'cri->containerd', 'containerd->shim', 'shim->runc'])
      expect(shadow(el).querySelector(`[data-edge="${edge}"]`)!.classList.contains('emphasized'), edge).to.equal(true);
  });

  it('reports a highlight with no route between two names, naming them, and recovers', async () => {
    const el = await mount<ContainerStack>(config('Default'));
    const events = await eventsDuring<{ code: string; message: string }>(el, 'k8s-error', () =>
      warningsDuring(async () => {
        el.setAttribute('highlight', 'runc>kubectl');
        await settle(el);
      }),
    );
    expect(events.map((e) => e.detail.code)).to.deep.equal(['invalid-attribute']);
    expect(part(el, 'error')!.textContent).to.contain('no route from “runc” to “kubectl”');
    el.setAttribute('highlight', 'nerdctl>runc');
    await settle(el);
    expect(part(el, 'error')).to.equal(null);
    expect(component(el, 'nerdctl').classList.contains('emphasized')).to.equal(true);
  });
});
