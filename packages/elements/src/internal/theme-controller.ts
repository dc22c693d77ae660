import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onDocumentChange } from './document-observer.js';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/**
 * Decides light or dark for `theme="auto"`, following the page before the system: the
 * page's own switch (`html.dark` as VitePress sets it, `html[data-theme]` as Docusaurus
 * does, an inherited `color-scheme`), then `prefers-color-scheme`.
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
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
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
