import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { k8sDiagramsVitePress } from '@k8s-diagrams/render/vitepress';
import { defineConfig, type MarkdownOptions, type Plugin } from 'vitepress';

type Permalink = NonNullable<NonNullable<MarkdownOptions['anchor']>['permalink']>;

const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const REPOSITORY = 'https://github.com/k8s-diagrams/k8s-diagrams/blob/main/';

/**
 * The benchmark's summary as `pnpm bench` last wrote it into the README (between its
 * `bench:latest` markers): the performance page shows it without copying a number. Links
 * relative to the repository point at the repository.
 */
export function benchSummary(readme = readFileSync(README, 'utf8')): string {
  const match = /<!-- bench:latest:start[^>]*-->([\s\S]*?)<!-- bench:latest:end -->/.exec(readme);
  if (!match) throw new Error('README.md has no bench:latest block: run pnpm bench');
  return match[1].replace(/\]\((?!https?:|#)([^)]+)\)/g, (_, path: string) => `](${REPOSITORY}${path})`);
}

/** Replaces `<!-- bench:summary -->` in a page with the README's bench block. */
function benchTable(): Plugin {
  return {
    name: 'k8s-diagrams-bench-table',
    enforce: 'pre',
    transform(code, id) {
      if (!id.endsWith('.md') || !code.includes('<!-- bench:summary -->')) return null;
      this.addWatchFile(README);
      return code.replace('<!-- bench:summary -->', benchSummary());
    },
  };
}

/**
 * Heading anchors whose accessible name is the heading's text only (the default quotes the
 * inline HTML of our icons' tags), in French on the French seed page.
 */
const permalink: Permalink = (slug, _options, state, index) => {
  const children = state.tokens[index + 1]?.children ?? [];
  const title = children
    .filter((t) => t.type === 'text' || t.type === 'code_inline')
    .map((t) => t.content)
    .join('')
    .trim();
  const path = String((state.env as { relativePath?: string }).relativePath ?? '');
  const french = path.startsWith('seed/') && !path.startsWith('seed/en/');
  const open = new state.Token('link_open', 'a', 1);
  open.attrs = [
    ['class', 'header-anchor'],
    ['href', `#${slug}`],
    ['aria-label', french ? `Lien vers « ${title} »` : `Permalink to “${title}”`],
  ];
  const symbol = new state.Token('html_inline', '', 0);
  symbol.content = '&ZeroWidthSpace;';
  const space = new state.Token('text', '', 0);
  space.content = ' ';
  children.push(space, open, symbol, new state.Token('link_close', 'a', -1));
};

const ELEMENTS = ['k8s-cluster', 'k8s-control-plane', 'k8s-worker-node', 'container-stack', 'k8s-icon'];

export default defineConfig({
  title: 'k8s-diagrams',
  description: 'Animated Kubernetes architecture diagrams as web components.',
  lang: 'en-US',
  cleanUrls: true,
  // High-contrast code colours: the default themes' greys fail WCAG AA (4.5:1) on the code background.
  markdown: { anchor: { permalink }, theme: { light: 'github-light-high-contrast', dark: 'github-dark-high-contrast' } },
  head: [['link', { rel: 'icon', href: 'data:,' }]],
  // The site uses the workspace packages; nothing is fetched from a CDN.
  vite: { plugins: [benchTable()] },
  // Our tags are web components, not Vue components; buildEnd puts every figure in the HTML
  // before any JavaScript (declarative shadow DOM).
  ...k8sDiagramsVitePress(),
  themeConfig: {
    // VitePress's local search: a MiniSearch index built with the site, searched in the
    // browser, nothing fetched. The site has a single (English) locale, the French seed page
    // being one page in it (`<div lang="fr">`), so the search box speaks English everywhere.
    search: { provider: 'local' },
    outline: { level: [2, 3] },
    nav: [
      { text: 'Guide', link: '/guide/getting-started' },
      { text: 'Elements', link: '/elements/k8s-cluster' },
      { text: 'Scenarios', link: '/scenarios' },
      { text: 'Seed page', link: '/seed/en/' },
    ],
    sidebar: [
      {
        text: 'Guide',
        items: [
          { text: 'Getting started', link: '/guide/getting-started' },
          { text: 'Write your own scenario', link: '/guide/own-scenario' },
          { text: 'Your own diagram (.model)', link: '/guide/model' },
          { text: 'Theming', link: '/guide/theming' },
          { text: 'Accessibility', link: '/guide/accessibility' },
          { text: 'Performance', link: '/guide/performance' },
          { text: 'Bad input', link: '/guide/bad-input' },
        ],
      },
      { text: 'Elements', items: ELEMENTS.map((tag) => ({ text: `&lt;${tag}&gt;`, link: `/elements/${tag}` })) },
      { text: 'Scenarios', items: [{ text: 'Gallery', link: '/scenarios' }] },
      {
        text: 'The seed page',
        items: [
          { text: 'Kubernetes architecture (English)', link: '/seed/en/' },
          { text: 'L’architecture de Kubernetes (français)', link: '/seed/' },
        ],
      },
    ],
    footer: { message: 'Released under the Apache-2.0 license.' },
  },
});
