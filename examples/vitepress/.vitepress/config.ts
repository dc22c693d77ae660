import { k8sDiagramsVitePress } from '@k8s-diagrams/render/vitepress';
import { defineConfig, type MarkdownOptions } from 'vitepress';

type Permalink = NonNullable<NonNullable<MarkdownOptions['anchor']>['permalink']>;

/**
 * VitePress's heading anchors, with an accessible name made of the heading's text only (the
 * default one quotes the heading's inline HTML: our icons' tags) and in the page's language.
 */
const permalink: Permalink = (slug, _options, state, index) => {
  const children = state.tokens[index + 1]?.children ?? [];
  const title = children
    .filter((t) => t.type === 'text' || t.type === 'code_inline')
    .map((t) => t.content)
    .join('')
    .trim();
  const english = String((state.env as { relativePath?: string }).relativePath ?? '').startsWith('en/');
  const open = new state.Token('link_open', 'a', 1);
  open.attrs = [
    ['class', 'header-anchor'],
    ['href', `#${slug}`],
    ['aria-label', english ? `Permalink to “${title}”` : `Lien vers « ${title} »`],
  ];
  const symbol = new state.Token('html_inline', '', 0);
  symbol.content = '&ZeroWidthSpace;';
  const space = new state.Token('text', '', 0);
  space.content = ' ';
  children.push(space, open, symbol, new state.Token('link_close', 'a', -1));
};

// The seed page as a docs site: French at /, English at /en/. VitePress sets <html lang>
// from each locale's `lang`, and the diagrams follow it (ARCHITECTURE.md §2, `lang`).
export default defineConfig({
  title: 'k8s-diagrams',
  cleanUrls: true,
  markdown: { anchor: { permalink } },
  // No favicon of our own: say so, rather than have browsers ask for /favicon.ico.
  head: [['link', { rel: 'icon', href: 'data:,' }]],
  // Our tags are web components, not Vue components (`vue`), and every figure is in the HTML
  // before any JavaScript (declarative shadow DOM): VitePress has written its pages when
  // `buildEnd` runs, so k8s-diagrams rewrites them in place.
  ...k8sDiagramsVitePress(),
  themeConfig: {
    outline: { level: [2, 3] },
    socialLinks: [],
  },
  locales: {
    root: {
      label: 'Français',
      lang: 'fr-FR',
      description: 'L’architecture de Kubernetes, avec des schémas vivants.',
      themeConfig: {
        nav: [{ text: 'Architecture', link: '/' }],
        outline: { level: [2, 3], label: 'Sur cette page' },
        docFooter: { prev: 'Page précédente', next: 'Page suivante' },
        darkModeSwitchLabel: 'Apparence',
        lightModeSwitchTitle: 'Passer au thème clair',
        darkModeSwitchTitle: 'Passer au thème sombre',
        sidebarMenuLabel: 'Menu',
        returnToTopLabel: 'Retour en haut',
        langMenuLabel: 'Changer de langue',
        skipToContentLabel: 'Aller au contenu',
        notFound: {
          title: 'PAGE INTROUVABLE',
          quote: 'Cette page n’existe pas, ou plus.',
          linkLabel: 'Retour à l’accueil',
          linkText: 'Retour à l’accueil',
        },
      },
    },
    en: {
      label: 'English',
      lang: 'en-US',
      link: '/en/',
      description: 'Kubernetes architecture, with live diagrams.',
      themeConfig: {
        nav: [{ text: 'Architecture', link: '/en/' }],
        outline: { level: [2, 3], label: 'On this page' },
      },
    },
  },
});
