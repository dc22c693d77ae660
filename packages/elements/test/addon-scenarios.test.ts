import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { DiagramElement } from '../src/base/diagram-element.js';
import { drawnKinds, eventsDuring, settle, shadow } from './helpers.js';

type Diagram = DiagramElement & HTMLElement;

// The scenarios that bring cluster add-ons (CoreDNS, metrics-server) into the default figure:
// each plays to its end on <k8s-cluster>, in English and French, under reduced motion, axe-clean.
const SCENARIOS = ['dns-lookup', 'autoscale'] as const;

async function mount(attributes: Record<string, string>): Promise<Diagram> {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('k8s-cluster') as Diagram;
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  host.append(el);
  await settle(el);
  return el;
}

function reducedMotion(): () => void {
  const real = window.matchMedia;
  window.matchMedia = ((query: string) => {
    if (!query.includes('prefers-reduced-motion')) return real.call(window, query);
    return Object.assign(new EventTarget(), { matches: true, media: query, onchange: null }) as unknown as MediaQueryList;
  });
  return () => (window.matchMedia = real);
}

const ADDED: Record<(typeof SCENARIOS)[number], string> = { 'dns-lookup': 'coredns', autoscale: 'metrics-server' };

describe('scenarios with add-ons on the default <k8s-cluster>', () => {
  for (const scenario of SCENARIOS)
    for (const lang of ['en', 'fr'])
      it(`${scenario} (${lang}) plays to its end under reduced motion, captions in its language, axe-clean`, async () => {
        const restore = reducedMotion();
        try {
          const el = await mount({ scenario, lang, controls: '' });
          expect(drawnKinds(el), 'the add-on is drawn only for the scenario').to.include(ADDED[scenario]);
          // Its icon is not in the entry module: fetched with the layout, in before the drawing.
          expect(shadow(el).querySelector(`pattern#icon-${ADDED[scenario]}`)?.childElementCount, 'its icon is drawn').to.be.greaterThan(0);
          const last = el.steps.at(-1)!.beat;
          const captions = new Set<string>();
          const ends = await eventsDuring(el, 'k8s-end', async () => {
            for (let i = 0; i < 200 && el.stepIndex < last; i++) {
              el.next();
              await el.updateComplete;
              captions.add(shadow(el).querySelector('[aria-live]')?.textContent?.trim() ?? '');
              if (i === 3) await expect(el).to.be.accessible();
            }
          });
          expect(ends.length).to.equal(1);
          expect(el.stepIndex).to.equal(last);
          expect(shadow(el).querySelector('.motion-overlay')?.getAnimations({ subtree: true }) ?? []).to.deep.equal([]);
          const text = [...captions].join(' ');
          if (lang === 'fr') expect(text).to.match(/serveur d’API/);
          else expect(text).to.match(/API server/);
        } finally {
          restore();
        }
      });

  it('without a scenario the default figure has no add-on', async () => {
    const el = await mount({});
    expect(drawnKinds(el)).to.not.include.members(['coredns', 'metrics-server']);
  });
});
