import { CATALOG, iconRequest, kindForIcon, localize, type Lang } from '@k8s-diagrams/core';
import { iconTemplate } from '@k8s-diagrams/icons';
import { svg } from 'lit';
import { RenderError } from './errors.js';
import type { MarkupElement } from './input.js';
import { templateToString } from './ssr.js';

/** `<k8s-icon name size label>` read as the element reads it: the icon, its size and its accessible name. */
export function iconOf(element: MarkupElement, lang: Lang) {
  const request = iconRequest(element.attributes.get('name') ?? null, element.attributes.get('size') ?? null);
  if (!request.icon || request.errors.length) throw RenderError.from(request.errors, lang);
  const label = element.attributes.get('label')?.trim() || localize(CATALOG[kindForIcon(request.icon)].label, lang);
  return { icon: request.icon, pixels: request.pixels, label };
}

/** The icon's own `<svg>` (as the element renders it in its shadow root). */
export function iconBody(icon: ReturnType<typeof iconOf>, attributes = 'part="icon" aria-hidden="true" focusable="false"'): string {
  return `<svg ${attributes} width="${icon.pixels}" height="${icon.pixels}" viewBox="0 0 32 32">${templateToString(svg`${iconTemplate(icon.icon)}`)}</svg>`;
}
