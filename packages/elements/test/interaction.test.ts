import { expect } from '@open-wc/testing';
import { CONTROL_PLANE } from '../../../stories/configurations.js';
import type { K8sControlPlane } from '../src/elements/control-plane.js';
import { component, descriptionOf, eventsDuring, mount, part, shadow } from './helpers.js';

const key = (target: Element, k: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true, ...init }));

const focused = (el: Element) => shadow(el).activeElement?.getAttribute('data-component') ?? shadow(el).activeElement?.className;

describe('keyboard, pointer and zoom', () => {
  it('has one tab stop; arrows move between components, Enter selects, Escape leaves', async () => {
    const el = await mount<K8sControlPlane>(CONTROL_PLANE[0]!);
    const figure = part(el, 'diagram') as HTMLElement;
    expect(figure.tabIndex).to.equal(0);
    const tabbable = [...shadow(el).querySelectorAll<HTMLElement | SVGElement>('[tabindex]')].filter((n) => n.tabIndex >= 0);
    expect(tabbable.filter((n) => !(n instanceof HTMLButtonElement))).to.deep.equal([figure]);
    figure.focus();
    key(figure, 'ArrowDown');
    expect(focused(el)).to.equal('control-plane', 'the first in reading order');
    key(shadow(el).activeElement!, 'ArrowDown');
    expect(focused(el)).to.equal('apiserver');
    key(shadow(el).activeElement!, 'ArrowRight');
    expect(focused(el)).to.equal('etcd');
    key(shadow(el).activeElement!, 'ArrowDown');
    expect(focused(el)).to.equal('controller-manager', 'straight below etcd');
    key(shadow(el).activeElement!, 'ArrowRight');
    expect(focused(el)).to.equal('cloud-controller-manager', 'right stays in the row');
    key(shadow(el).activeElement!, 'ArrowLeft');
    key(shadow(el).activeElement!, 'ArrowLeft');
    expect(focused(el)).to.equal('scheduler');
    await el.updateComplete;
    // Focus shows the role, as hover does.
    const tooltip = part(el, 'tooltip')!;
    expect(tooltip.textContent).to.contain('kube-scheduler');
    expect(tooltip.textContent).to.contain('Watches for Pods that have no node yet');
    const selections = await eventsDuring<{ componentId: string; kind: string }>(el, 'k8s-select', () => key(shadow(el).activeElement!, 'Enter'));
    expect(selections.map((e) => e.detail)).to.deep.equal([{ componentId: 'scheduler', kind: 'scheduler' }]);
    key(shadow(el).activeElement!, 'Escape');
    expect(shadow(el).activeElement).to.equal(figure);
    key(figure, 'End');
    expect(focused(el)).to.equal('cloud');
  });

  it('reaches and describes every component by keyboard alone', async () => {
    const el = await mount<K8sControlPlane>(CONTROL_PLANE.find((c) => c.name === 'High availability')!);
    const all = new Set([...shadow(el).querySelectorAll('[data-component]')].map((n) => n.getAttribute('data-component')));
    const figure = part(el, 'diagram') as HTMLElement;
    figure.focus();
    key(figure, 'Home');
    // Every component is reachable from the first with the arrow keys: explore them all.
    const reached = new Set<string>([focused(el)!]);
    const queue = [...reached];
    while (queue.length) {
      const id = queue.shift()!;
      for (const arrow of ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']) {
        component(el, id).focus();
        key(component(el, id), arrow);
        const next = focused(el)!;
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    expect([...all].filter((id) => !reached.has(id!))).to.deep.equal([]);
    for (const id of all) expect(descriptionOf(el, id!).length, id!).to.be.greaterThan(20);
  });

  it('shows the role on hover, and selects on click', async () => {
    const el = await mount<K8sControlPlane>(CONTROL_PLANE[0]!);
    const etcd = component(el, 'etcd');
    etcd.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await el.updateComplete;
    expect(part(el, 'tooltip')!.textContent).to.contain('Consistent key-value store');
    const selections = await eventsDuring<{ componentId: string }>(el, 'k8s-select', () => etcd.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true })));
    expect(selections.map((e) => e.detail.componentId)).to.deep.equal(['etcd']);
    part(el, 'diagram')!.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
    (shadow(el).activeElement as HTMLElement | null)?.blur();
    await el.updateComplete;
  });

  it('zooms with the buttons and + - 0, never with a plain wheel', async () => {
    const el = await mount<K8sControlPlane>(CONTROL_PLANE[0]!);
    const svg = () => shadow(el).querySelector('.viewport svg') as SVGSVGElement;
    const scale = () => Number(/scale\(([\d.]+)\)/.exec(svg().getAttribute('style')!)![1]);
    const [zoomIn, zoomOut, fit] = [...part(el, 'toolbar')!.querySelectorAll('button')];
    expect(zoomIn!.getAttribute('aria-label')).to.equal('Zoom in');
    zoomIn!.click();
    await el.updateComplete;
    expect(scale()).to.be.closeTo(1.4, 0.001);
    zoomOut!.click();
    await el.updateComplete;
    expect(scale()).to.equal(1);
    const figure = part(el, 'diagram')!;
    key(figure, '+');
    key(figure, '+');
    await el.updateComplete;
    expect(scale()).to.be.closeTo(1.96, 0.001);
    key(figure, '0');
    await el.updateComplete;
    expect(scale()).to.equal(1);

    // A plain wheel scrolls the page: not prevented, no zoom.
    (document.activeElement as HTMLElement | null)?.blur();
    const viewport = shadow(el).querySelector('.viewport')!;
    const plain = new WheelEvent('wheel', { deltaY: -100, bubbles: true, cancelable: true, composed: true });
    viewport.dispatchEvent(plain);
    await el.updateComplete;
    expect(plain.defaultPrevented).to.equal(false);
    expect(scale()).to.equal(1);
    const withCtrl = new WheelEvent('wheel', { deltaY: -100, ctrlKey: true, bubbles: true, cancelable: true, composed: true });
    viewport.dispatchEvent(withCtrl);
    await el.updateComplete;
    expect(withCtrl.defaultPrevented).to.equal(true);
    expect(scale()).to.be.greaterThan(1);
    fit!.click();
    await el.updateComplete;
    expect(scale()).to.equal(1);
  });

  it('fits to width on resize without a new layout', async () => {
    const el = await mount<K8sControlPlane>(CONTROL_PLANE[0]!);
    const box = () => shadow(el).querySelector('.viewport')!.getBoundingClientRect().width;
    const wide = box();
    const before = el.model;
    el.parentElement!.style.width = '300px';
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(box()).to.be.at.most(300);
    expect(box()).to.be.lessThan(wide);
    expect(el.model).to.deep.equal(before);
  });
});
