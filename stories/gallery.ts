import {
  BUILTIN_SCENARIOS,
  BUILTIN_SCENARIO_IDS,
  SCENARIO_ELEMENTS,
  figureModelFromMarkup,
  localize,
  resolveScenario,
  type Lang,
  type LocalizedText,
  type ScenarioElement,
} from '@k8s-diagrams/core';
import { createFromConfiguration, SCENARIOS, type Configuration } from './configurations.js';

/**
 * The scenario gallery: every built-in scenario (BUILTIN_SCENARIO_IDS, so a new one appears
 * here by itself), each on a figure it plays on. That figure is its story's figure when it has
 * one (SCENARIOS), else the first of its elements' figures below that it resolves on.
 */
export interface GalleryEntry {
  id: string;
  title: LocalizedText;
  tag: ScenarioElement;
  /** The figure's attributes, without the scenario's. */
  attributes: Record<string, string>;
}

/** The figures each element can draw, default first, as markup writes them. */
const CANDIDATES: Record<ScenarioElement, Array<Record<string, string>>> = {
  'k8s-cluster': [{}, { 'control-planes': '3' }, { cloud: 'OVH' }],
  'k8s-control-plane': [{}, { replicas: '3' }],
  'k8s-worker-node': [{}],
  'container-stack': [{}],
};

const PLAYER_ATTRIBUTES = new Set(['scenario', 'controls', 'lang']);

function plays(id: string, tag: ScenarioElement, attributes: Record<string, string>): boolean {
  const model = figureModelFromMarkup(tag, (name) => attributes[name] ?? null);
  return model.ok && resolveScenario(id, model.value, tag).ok;
}

function figureFor(id: string): Pick<GalleryEntry, 'tag' | 'attributes'> | undefined {
  const story = SCENARIOS.find((c) => c.name === `${id} (en)`);
  if (story && story.tag !== 'k8s-icon') {
    const attributes = Object.fromEntries(Object.entries(story.attributes).filter(([k]) => !PLAYER_ATTRIBUTES.has(k)));
    if (plays(id, story.tag, attributes)) return { tag: story.tag, attributes };
  }
  for (const tag of BUILTIN_SCENARIOS[id as keyof typeof BUILTIN_SCENARIOS].appliesTo ?? SCENARIO_ELEMENTS)
    for (const attributes of CANDIDATES[tag]) if (plays(id, tag, attributes)) return { tag, attributes };
  return undefined;
}

export const GALLERY: GalleryEntry[] = BUILTIN_SCENARIO_IDS.flatMap((id) => {
  const figure = figureFor(id);
  const title = BUILTIN_SCENARIOS[id].title;
  return figure ? [{ id, title: { en: localize(title, 'en'), fr: localize(title, 'fr') }, ...figure }] : [];
});

/** The markup of an entry's figure, as an author writes it. */
export function galleryMarkup(entry: GalleryEntry): string {
  const attributes = Object.entries(entry.attributes).map(([k, v]) => ` ${k}="${v}"`).join('');
  return `<${entry.tag}${attributes} scenario="${entry.id}" controls></${entry.tag}>`;
}

/** An entry as a shared configuration (its element with the controls, in `lang`). */
export function galleryConfiguration(entry: GalleryEntry, lang: Lang): Configuration {
  return { name: `${entry.id} (${lang})`, tag: entry.tag, attributes: { ...entry.attributes, scenario: entry.id, controls: '', lang } };
}

const WORDS = {
  en: { count: (n: number) => `${n} built-in scenarios, each playable with its controls.`, plays: 'Plays on' },
  fr: { count: (n: number) => `${n} scénarios intégrés, chacun jouable avec ses commandes.`, plays: 'Se joue sur' },
} satisfies Record<Lang, unknown>;

/** The gallery, built with DOM APIs (titles and markup are text): one figure per entry. */
export function renderGallery(lang: Lang): HTMLElement {
  const words = WORDS[lang];
  const root = document.createElement('section');
  root.className = 'k8s-scenario-gallery';
  root.lang = lang;
  root.style.cssText = 'display: grid; gap: 2.5rem; max-width: 980px; font-family: system-ui, sans-serif;';
  const count = document.createElement('p');
  count.textContent = words.count(GALLERY.length);
  root.append(count);
  for (const entry of GALLERY) {
    const figure = document.createElement('figure');
    figure.dataset.scenario = entry.id;
    figure.style.margin = '0';
    const heading = document.createElement('h2');
    heading.style.cssText = 'font-size: 1.15rem; margin: 0 0 0.5rem;';
    const code = document.createElement('code');
    code.textContent = entry.id;
    const title = document.createElement('span');
    title.className = 'title';
    title.textContent = ` ${entry.title[lang]}`;
    heading.append(code, title);
    const el = createFromConfiguration(galleryConfiguration(entry, lang));
    el.style.display = 'block';
    const caption = document.createElement('figcaption');
    caption.append(`${words.plays} `);
    const markup = document.createElement('code');
    markup.textContent = galleryMarkup(entry);
    caption.append(markup);
    figure.append(heading, el, caption);
    root.append(figure);
  }
  return root;
}
