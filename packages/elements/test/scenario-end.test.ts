import { expect } from '@open-wc/testing';
import { eventsDuring, mount, part, shadow } from './helpers.js';

/**
 * Issue 14's scenarios play to their end on the figure they name, in English and in French,
 * under reduced motion: stepped with next() to the last beat, one k8s-end, the last
 * caption in the page's language, no token moving, and the figure still accessible.
 */
const LAST_CAPTIONS: Record<string, { en: string; fr: string }> = {
  drain: { en: 'kubectl get pods now shows them Running', fr: 'kubectl get pods les montre désormais Running' },
  'node-join': { en: 'the scheduler may place Pods there', fr: 'le scheduler peut y placer des Pods' },
};

describe('issue 14 scenarios play to their end, in both languages, under reduced motion', () => {
  let real: typeof window.matchMedia;
  before(() => {
    real = window.matchMedia;
    window.matchMedia = ((query: string) => {
      if (!query.includes('prefers-reduced-motion')) return real.call(window, query);
      return Object.assign(new EventTarget(), { matches: true, media: query, onchange: null }) as unknown as MediaQueryList;
    });
  });
  after(() => {
    window.matchMedia = real;
  });

  for (const [scenario, last] of Object.entries(LAST_CAPTIONS))
    for (const lang of ['en', 'fr'] as const)
      it(`${scenario} on <k8s-cluster lang="${lang}">`, async () => {
        const el = await mount({ name: scenario, tag: 'k8s-cluster', attributes: {} }, { scenario, lang, controls: '' });
        const beats = el.steps.at(-1)!.beat + 1;
        expect(beats).to.be.greaterThan(20);
        const ends = await eventsDuring(el, 'k8s-end', async () => {
          for (let i = 0; i < beats; i++) el.next();
          await el.updateComplete;
        });
        expect(ends.length).to.equal(1);
        expect(el.stepIndex).to.equal(beats - 1);
        expect(part(el, 'caption')!.textContent).to.contain(last[lang]);
        expect(shadow(el).querySelector('.motion-overlay')?.getAnimations({ subtree: true }) ?? []).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
});
