import { expect } from '@open-wc/testing';
import { BUILTIN_SCENARIO_IDS } from '@k8s-diagrams/core';
import { GALLERY, renderGallery } from '../../../stories/gallery.js';
import { eventsDuring, part, settle, type AnyDiagram } from './helpers.js';

// The Storybook scenario gallery: every built-in, titled in the page's language, on a figure
// it plays on, each played to its end; axe-clean in English and French.
describe('the scenario gallery story', () => {
  it('lists every built-in scenario, in the registry’s order', () => {
    expect(GALLERY.map((e) => e.id)).to.deep.equal([...BUILTIN_SCENARIO_IDS]);
  });

  for (const lang of ['en', 'fr'] as const)
    describe(`in ${lang}`, () => {
      // One page for the whole group (a fixture would be removed after each test).
      let gallery: HTMLElement | undefined;
      const page = () => {
        if (gallery) return gallery;
        gallery = renderGallery(lang);
        gallery.style.width = '900px';
        document.body.append(gallery);
        return gallery;
      };
      after(() => gallery?.remove());

      it('has one figure per built-in, in order, and says how many', () => {
        const g = page();
        expect([...g.querySelectorAll<HTMLElement>('figure[data-scenario]')].map((f) => f.dataset.scenario)).to.deep.equal([...BUILTIN_SCENARIO_IDS]);
        expect(g.querySelector('p')!.textContent).to.contain(String(BUILTIN_SCENARIO_IDS.length));
        expect(g.lang).to.equal(lang);
      });

      for (const entry of GALLERY)
        it(`${entry.id}: titled in ${lang}, plays to its end, axe-clean`, async () => {
          const figure = page().querySelector<HTMLElement>(`figure[data-scenario="${entry.id}"]`)!;
          expect(figure.querySelector('h2 .title')!.textContent.trim()).to.equal(entry.title[lang]);
          expect(figure.querySelector('figcaption')!.textContent).to.contain(`scenario="${entry.id}"`);
          const el = figure.querySelector<AnyDiagram>(entry.tag)!;
          await settle(el);
          expect(part(el, 'error'), part(el, 'error')?.textContent ?? '').to.equal(null);
          expect(el.getAttribute('lang')).to.equal(lang);
          const last = el.steps.at(-1)!.beat;
          const ends = await eventsDuring(el, 'k8s-end', async () => {
            el.seek(last);
            await el.updateComplete;
          });
          expect(ends.length, 'one k8s-end').to.equal(1);
          await expect(figure).to.be.accessible();
        });
    });
});
