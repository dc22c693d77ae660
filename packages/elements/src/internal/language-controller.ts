import { matchLanguage, type Lang } from '@k8s-diagrams/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onDocumentChange } from './document-observer.js';
import { warnOnce } from './warn.js';

/** The `lang` in force for an element: its own, its nearest ancestor's (across shadow roots), <html>'s. */
export function inheritedLanguageTag(element: Element): string | null {
  for (let node: Element | null = element; node; ) {
    const tag = node.getAttribute('lang');
    if (tag !== null && tag.trim() !== '') return tag;
    if (node.parentElement) node = node.parentElement;
    else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return null;
}

/**
 * Follows the language an element should speak (ARCHITECTURE.md §2): its own `lang`, else the
 * nearest ancestor's, else <html lang>, else English. An unsupported language falls back
 * to English with one warning, never an error. Re-renders the host when it changes.
 */
export class LanguageController implements ReactiveController {
  lang: Lang = 'en';
  private stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    this.stop = onDocumentChange(() => this.refresh());
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = undefined;
  }

  /** Call when the host's own `lang` attribute changes. */
  refresh(): void {
    const tag = inheritedLanguageTag(this.host);
    const match = matchLanguage(tag);
    if (!match.supported) warnOnce(this.host, `<${this.host.localName}> lang="${tag}" is not available; showing English (available: en, fr).`);
    if (match.lang !== this.lang) {
      this.lang = match.lang;
      this.host.requestUpdate();
    }
  }
}
