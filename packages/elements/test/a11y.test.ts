import { expect } from '@open-wc/testing';
import { ALL_CONFIGURATIONS, type Configuration } from '../../../stories/configurations.js';
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

// Scenarios on the figures the stories don't show them on: a beat in progress passes axe too.
describe('accessibility of scenarios on their other figures', () => {
  const CASES: Array<[string, Configuration['tag'], Record<string, string>]> = [
    ['kubectl-exec', 'k8s-worker-node', {}],
    ['probes', 'k8s-worker-node', {}],
    ['rolling-update', 'k8s-cluster', { 'control-planes': '3' }],
    ['scale-down', 'k8s-cluster', { 'control-planes': '3' }],
  ];
  for (const [scenario, tag, attributes] of CASES)
    for (const lang of ['en', 'fr'])
      it(`${scenario} on <${tag}${Object.entries(attributes).map(([k, v]) => ` ${k}="${v}"`).join('')}> (${lang})`, async () => {
        const el = await mount({ name: scenario, tag, attributes: { ...attributes, scenario, controls: '', lang } });
        el.next();
        el.next();
        await el.updateComplete;
        expect(el.stepIndex).to.be.at.least(0);
        await expect(el).to.be.accessible();
      });
});

