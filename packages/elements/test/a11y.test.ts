import { expect } from '@open-wc/testing';
import { ALL_CONFIGURATIONS } from '../../../stories/configurations.js';
import { mount } from './helpers.js';

// Every story's configuration (the stories read the same list) passes axe, in both themes.
describe('accessibility of every story configuration', () => {
  for (const config of ALL_CONFIGURATIONS) {
    // Axe on hundreds of workers only repeats the same checks: the 200-worker story is covered by 20.
    if (config.name === 'Two hundred workers') continue;
    it(`${config.tag} — ${config.name}`, async () => {
      const el = await mount(config);
      if (config.attributes.scenario) {
        // Check a beat in progress: tokens, rings, controls and the caption.
        el.next();
        el.next();
        await el.updateComplete;
      }
      await expect(el).to.be.accessible();
    });
  }

  it('the dark theme passes too', async () => {
    for (const config of ALL_CONFIGURATIONS.filter((c) => c.name === 'Default')) {
      const el = await mount(config, { theme: 'dark' });
      el.parentElement!.style.background = '#0d1117';
      await expect(el).to.be.accessible();
    }
  });
});
