import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onDocumentChange } from './document-observer.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Decides light or dark for `theme="auto"`, following the page before the system: the
 * page's own switch (`html.dark` as VitePress sets it, `html[data-theme]` as Docusaurus
 * does, an inherited `color-scheme`), then the background the diagram actually sits on
 * (a site switched to light on a dark system stays light), then `prefers-color-scheme`.
 */
export function pageIsDark(host: Element): boolean {
  const html = document.documentElement;
  if (html.classList.contains('dark')) return true;
  const dataTheme = html.getAttribute('data-theme');
  if (dataTheme === 'dark') return true;
  if (dataTheme === 'light' || html.classList.contains('light')) return false;
  const scheme = getComputedStyle(host).colorScheme.trim();
  if (scheme === 'dark' || scheme === 'only dark') return true;
  if (scheme === 'light' || scheme === 'only light') return false;
  const luminance = backgroundLuminance(host);
  if (luminance !== undefined) return luminance < 0.35;
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Relative luminance (0–1) of the first opaque background behind an element, if any. */
function backgroundLuminance(element: Element): number | undefined {
  for (let node: Element | null = element.parentElement ?? hostOf(element); node; node = node.parentElement ?? hostOf(node)) {
    const match = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[,/ ]+([\d.]+%?))?\)/.exec(getComputedStyle(node).backgroundColor);
    if (!match) continue;
    const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : Number(match[4]);
    if (alpha < 0.5) continue;
    const [r, g, b] = [match[1], match[2], match[3]].map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  return undefined;
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

export class ThemeController implements ReactiveController {
  theme: Theme = 'auto';
  dark = false;
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
    const dark = this.theme === 'dark' || (this.theme === 'auto' && this.host.isConnected && pageIsDark(this.host));
    if (dark !== this.dark) {
      this.dark = dark;
      this.host.requestUpdate();
    }
  }
}
