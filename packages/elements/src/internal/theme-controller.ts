import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FAINTEST_TEXT } from '../styles/tokens.js';
import { backdropColor, contrast, luminance, rgba } from './backdrop.js';
import { onDocumentChange } from './document-observer.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

let faintest: { light: number; dark: number } | undefined;
/** Luminances of each theme's faintest text, against which a backdrop is judged. */
const faintestText = () => (faintest ??= { light: luminance(rgba(FAINTEST_TEXT.light)), dark: luminance(rgba(FAINTEST_TEXT.dark)) });

/**
 * Decides light or dark for `theme="auto"`, following the page before the system: the
 * page's own switch (`html.dark` as VitePress sets it, `html[data-theme]` as Docusaurus
 * does, an inherited `color-scheme`), then what the diagram actually sits on: the first
 * opaque background (`backdrop`, its luminance), or the page's canvas, which is light unless the page's `color-scheme`
 * allows dark (and then follows `prefers-color-scheme` when it allows both). A page with
 * no dark styles stays light on a dark system.
 */
export function pageIsDark(host: Element, backdrop: number): boolean {
  const html = document.documentElement;
  if (html.classList.contains('dark')) return true;
  const dataTheme = html.getAttribute('data-theme');
  if (dataTheme === 'dark') return true;
  if (dataTheme === 'light' || html.classList.contains('light')) return false;
  const scheme = getComputedStyle(host).colorScheme.trim();
  if (/^(only )?dark$/.test(scheme)) return true;
  if (/^(only )?light$/.test(scheme)) return false;
  // The theme whose text reads better on it.
  return contrast(faintestText().dark, backdrop) > contrast(faintestText().light, backdrop);
}

/**
 * The element's theme (`dark`), and whether its frame paints its own surface (`backed`):
 * when the theme's text would not keep 4.5:1 against the backdrop (a forced theme against
 * the page, html.dark on a page with no dark styles, a mid-grey page), unless the author
 * sets `--k8s-diagram-background`.
 */
export class ThemeController implements ReactiveController {
  theme: Theme = 'auto';
  dark = false;
  backed = false;
  private media?: MediaQueryList;
  private stop?: () => void;
  private readonly onChange = () => this.refresh();

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.media = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
    this.media?.addEventListener('change', this.onChange);
    this.stop = onDocumentChange(this.onChange);
    this.refresh();
  }

  hostDisconnected(): void {
    this.media?.removeEventListener('change', this.onChange);
    this.media = undefined;
    this.stop?.();
    this.stop = undefined;
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.refresh();
  }

  refresh(): void {
    let dark = this.theme === 'dark';
    let backed = false;
    if (this.host.isConnected) {
      const backdrop = luminance(backdropColor(this.host));
      if (this.theme === 'auto') dark = pageIsDark(this.host, backdrop);
      const authorBackground = getComputedStyle(this.host).getPropertyValue('--k8s-diagram-background').trim();
      backed = !authorBackground && contrast(faintestText()[dark ? 'dark' : 'light'], backdrop) < 4.5; // WCAG AA for text
    }
    if (dark !== this.dark || backed !== this.backed) {
      this.dark = dark;
      this.backed = backed;
      this.host.requestUpdate();
    }
  }
}
