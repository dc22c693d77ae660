import { expect } from '@open-wc/testing';
import { CLUSTER } from '../../../stories/configurations.js';
import { eventsDuring, mount, shadow, warningsDuring } from './helpers.js';

const isDark = (el: Element) => shadow(el).querySelector('.frame')!.classList.contains('dark');
const settleObserver = () => new Promise((r) => setTimeout(r, 0));

describe('theme', () => {
  afterEach(() => {
    document.documentElement.classList.remove('dark');
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.style.removeProperty('color-scheme');
  });

  it('follows a page that switches html.dark on and off (VitePress)', async () => {
    const el = await mount(CLUSTER[0]!);
    expect(isDark(el)).to.equal(false);
    document.documentElement.classList.add('dark');
    await settleObserver();
    await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
    expect(isDark(el)).to.equal(true);
    const bg = getComputedStyle(shadow(el).querySelector('.component .box')!).fill;
    expect(bg).to.equal('rgb(26, 35, 53)');
    document.documentElement.classList.remove('dark');
    await settleObserver();
    await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
    expect(isDark(el)).to.equal(false);
  });

  it('follows html[data-theme] (Docusaurus) and an inherited color-scheme', async () => {
    const el = await mount(CLUSTER[0]!);
    document.documentElement.setAttribute('data-theme', 'dark');
    await settleObserver();
    await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
    expect(isDark(el)).to.equal(true);
    document.documentElement.setAttribute('data-theme', 'light');
    await settleObserver();
    await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
    expect(isDark(el)).to.equal(false);
    document.documentElement.removeAttribute('data-theme');
    document.documentElement.style.setProperty('color-scheme', 'dark');
    await settleObserver();
    await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
    expect(isDark(el)).to.equal(true);
  });

  it('follows the background it sits on when the page gives no other sign', async () => {
    const el = await mount(CLUSTER[0]!);
    document.body.style.background = '#101418';
    try {
      el.requestUpdate();
      (el as unknown as { themes: { refresh(): void } }).themes.refresh();
      await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
      expect(isDark(el)).to.equal(true);
    } finally {
      document.body.style.removeProperty('background');
    }
    (el as unknown as { themes: { refresh(): void } }).themes.refresh();
    await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
    expect(isDark(el)).to.equal(false);
  });

  it('lets theme="light" or "dark" force one, and keeps the last good theme on a bad value', async () => {
    document.documentElement.classList.add('dark');
    const el = await mount(CLUSTER[0]!, { theme: 'light' });
    expect(isDark(el)).to.equal(false);
    el.setAttribute('theme', 'dark');
    await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
    expect(isDark(el)).to.equal(true);
    const events = await eventsDuring<{ code: string; path: string }>(el, 'k8s-error', () =>
      warningsDuring(async () => {
        el.setAttribute('theme', 'sepia');
        await (el as unknown as { updateComplete: Promise<void> }).updateComplete;
      }),
    );
    expect(events.map((e) => [e.detail.code, e.detail.path])).to.deep.equal([['invalid-attribute', 'theme']]);
    expect(isDark(el)).to.equal(true);
    expect(shadow(el).querySelector('[part~="diagram"]')).to.not.equal(null, 'the diagram stays');
  });
});
