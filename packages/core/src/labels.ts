import { CATALOG } from './catalog.js';
import type { ModelComponent } from './model.js';
import { localize, type Lang, type LocalizedText } from './text.js';

/** The label a component is drawn with, in `lang`. */
export function componentLabel(component: Pick<ModelComponent, 'kind' | 'label'>, lang: Lang): string {
  return localize(component.label ?? CATALOG[component.kind].label, lang);
}

/** Every language's label, so a box can be sized for the longest one. */
export function componentLabels(component: Pick<ModelComponent, 'kind' | 'label'>): string[] {
  const label = component.label ?? CATALOG[component.kind].label;
  if (typeof label === 'string') return [label];
  const texts = label as Partial<LocalizedText>;
  return [texts.en ?? '', texts.fr ?? texts.en ?? ''];
}

export function componentDescription(component: Pick<ModelComponent, 'kind'>, lang: Lang): string {
  return CATALOG[component.kind].description[lang];
}
