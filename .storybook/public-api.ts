// What Storybook shows of the elements: their public API only, read from the custom elements
// manifest (`pnpm build`). The manifest lists every member, private and protected ones
// included (`modelKey`, `cycleOpen`, `player`…): they are dropped here, before Storybook builds
// its tables. Each attribute gets a real control (a select for enumerated values, a range for
// counts, a toggle for booleans) and its documented default.
import { LIMITS } from '@k8s-diagrams/core';
import type { ArgTypes, Args } from '@storybook/web-components-vite';

interface Typed {
  name: string;
  type?: { text: string };
  description?: string;
  default?: string;
}
export interface ManifestMember extends Typed {
  kind: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  inheritedFrom?: unknown;
}
export interface ManifestAttribute extends Typed {
  fieldName?: string;
}
export interface ManifestDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  description?: string;
  summary?: string;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
  events?: Typed[];
  slots?: Typed[];
  cssParts?: Typed[];
  cssProperties?: Typed[];
}
export interface Manifest {
  schemaVersion: string;
  modules: Array<{ kind: string; path: string; declarations?: ManifestDeclaration[]; exports?: unknown[] }>;
}

/** A type text on one line, without the leading `|` of a union written one member a line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim().replace(/^\|\s*/, '');

/** Public: no `private`/`protected`, not static, not a `_`-named internal. */
export const isPublicMember = (m: ManifestMember): boolean => !m.privacy && !m.static && !m.name.startsWith('_');

/**
 * The manifest as Storybook should see it: only the custom elements, and of them only what a
 * page may use. A property that mirrors an attribute is shown once, as the attribute. CSS parts
 * are named `::part(name)`, as CSS writes them (a part and an attribute may share a name, such
 * as `controls`, and Storybook keys its table rows by name).
 */
export function publicManifest(manifest: Manifest): Manifest {
  return {
    schemaVersion: manifest.schemaVersion,
    modules: manifest.modules
      .map((mod) => ({
        kind: mod.kind,
        path: mod.path,
        declarations: (mod.declarations ?? [])
          .filter((d) => d.customElement && d.tagName)
          .map((d) => ({
            kind: d.kind,
            name: d.name,
            tagName: d.tagName,
            customElement: true,
            description: d.description,
            summary: d.summary,
            members: (d.members ?? []).filter((m) => isPublicMember(m) && !m.attribute).map((m) => ({ ...m, type: m.type && { text: oneLine(m.type.text) } })),
            attributes: (d.attributes ?? []).map((a) => ({ ...a, type: a.type && { text: oneLine(a.type.text) } })),
            events: d.events ?? [],
            slots: d.slots ?? [],
            cssParts: (d.cssParts ?? []).map((p) => ({ ...p, name: `::part(${p.name})` })),
            cssProperties: d.cssProperties ?? [],
          })),
      }))
      .filter((mod) => mod.declarations.length > 0),
  };
}

/** The ranges of the count attributes (and speed), from the values the elements accept. */
export const RANGES: Record<string, { min: number; max: number; step: number }> = {
  'control-planes': { min: LIMITS.replicas.min, max: LIMITS.replicas.max, step: 1 },
  replicas: { min: LIMITS.replicas.min, max: LIMITS.replicas.max, step: 1 },
  workers: { min: LIMITS.workers.min, max: LIMITS.workers.max, step: 1 },
  pods: { min: LIMITS.pods.min, max: LIMITS.pods.max, step: 1 },
  // ICON_SIZE and SPEED_RANGE of @k8s-diagrams/elements; a test compares them.
  size: { min: 8, max: 512, step: 1 },
  speed: { min: 0.25, max: 4, step: 0.25 },
  // Any number above 0 replays an audit log; the control offers the useful span.
  'time-scale': { min: 0.25, max: 100, step: 0.25 },
};

/** The languages the catalogs are written in. */
export const LANGUAGES = ['en', 'fr'];

export function declarationOf(manifest: Manifest, tag: string): ManifestDeclaration {
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.tagName === tag) return d;
  throw new Error(`<${tag}> is not in the custom elements manifest: run pnpm build`);
}

const literals = (type: string) => [...type.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
const isCount = (type: string) => /\bnumber\b/.test(type);

export type ControlKind = 'select' | 'range' | 'boolean' | 'text' | 'object';

/** The control an attribute gets, from its type in the manifest. */
export function controlFor(attribute: string, type: string): { kind: ControlKind; options?: string[] } {
  if (attribute === 'lang') return { kind: 'select', options: LANGUAGES };
  const values = literals(type);
  if (values.length) return { kind: 'select', options: values };
  if (isCount(type)) {
    if (!RANGES[attribute]) throw new Error(`${attribute} is a count without a range in .storybook/public-api.ts`);
    return { kind: 'range' };
  }
  if (/^boolean$/.test(type)) return { kind: 'boolean' };
  return { kind: 'text' };
}

/**
 * Storybook argTypes for one element, keyed `prefix + name` (the Playground shows every
 * element's attributes at once), each with its control, type, documented default and category.
 */
export function argTypesFor(manifest: Manifest, tag: string, options: { prefix?: string; category?: string } = {}): ArgTypes {
  const d = declarationOf(publicManifest(manifest), tag);
  const prefix = options.prefix ?? '';
  const argTypes: ArgTypes = {};
  for (const a of d.attributes ?? []) {
    const type = a.type?.text ?? 'string';
    const control = controlFor(a.name, type);
    argTypes[prefix + a.name] = {
      name: a.name,
      description: a.description,
      control: control.kind === 'range' ? { type: 'range', ...RANGES[a.name] } : control.kind,
      ...(control.options ? { options: control.options } : {}),
      table: {
        category: options.category ?? 'attributes',
        type: { summary: type },
        defaultValue: { summary: defaultOf(a) },
      },
    };
  }
  for (const m of d.members ?? []) {
    if (m.kind !== 'field') continue;
    argTypes[prefix + m.name] = {
      name: m.name,
      description: m.description,
      // `model` is data a designer may edit as JSON; read-only state has no control.
      control: m.readonly ? false : 'object',
      table: { category: options.category ? `${options.category} properties` : 'properties', type: { summary: m.type?.text ?? '' } },
    };
  }
  // Custom properties can be tried out (the story sets them on the element); events, parts and
  // slots are documentation: no control.
  for (const p of d.cssProperties ?? []) {
    argTypes[prefix + p.name] = {
      name: p.name,
      description: p.description,
      control: /(color|background)$/.test(p.name) ? 'color' : 'text',
      table: { category: options.category ? `${options.category} CSS custom properties` : 'css custom properties', type: { summary: 'CSS value' } },
    };
  }
  for (const [category, items] of [['events', d.events], ['css shadow parts', d.cssParts], ['slots', d.slots]] as const) {
    for (const item of items ?? []) {
      if (!item.name) continue;
      argTypes[prefix + item.name] = {
        name: item.name,
        description: item.description,
        control: false,
        table: { category: options.category ? `${options.category} ${category}` : category, type: { summary: item.type?.text ?? '' } },
      };
    }
  }
  return argTypes;
}

/** What an absent attribute means, as the table shows it. */
function defaultOf(a: ManifestAttribute): string {
  if (a.name === 'lang') return 'inherited: the nearest lang, then <html lang>, then en';
  return a.default === undefined || a.default === 'null' ? 'not set' : a.default;
}

/** Attributes whose default depends on another attribute (`oci-runtime`: runc, or crun with CRI-O): no seeded value. */
const CONDITIONAL_DEFAULTS = new Set(['oci-runtime']);

/** The documented defaults, as text, of the attributes that have one. */
export function defaultsOf(manifest: Manifest, tag: string): Record<string, string> {
  const d = declarationOf(publicManifest(manifest), tag);
  const out: Record<string, string> = {};
  for (const a of d.attributes ?? []) {
    if (a.default === undefined || a.default === 'null' || CONDITIONAL_DEFAULTS.has(a.name)) continue;
    out[a.name] = a.default.replace(/^'(.*)'$/, '$1');
  }
  return out;
}

/**
 * Shared configurations (stories/configurations.ts) write attributes as text: as args, counts
 * are numbers and flags booleans. Attributes the configuration leaves out start at their
 * documented default, so each control shows the value in use.
 */
export function argsFromAttributes(manifest: Manifest, tag: string, attributes: Record<string, string>, prefix = ''): Args {
  const d = declarationOf(publicManifest(manifest), tag);
  const args: Args = {};
  for (const [name, value] of Object.entries({ ...defaultsOf(manifest, tag), ...attributes })) {
    const type = d.attributes?.find((a) => a.name === name)?.type?.text ?? 'string';
    const kind = controlFor(name, type).kind;
    args[prefix + name] = kind === 'range' ? Number(value) : kind === 'boolean' ? value !== 'false' : value;
  }
  return args;
}

/**
 * Args back to the element: attributes (absent when unset or false, `""` for true, text
 * otherwise), the properties (`model`) and the custom properties (`--k8s-…`).
 */
export interface FromArgs {
  attributes: Record<string, string>;
  properties: Record<string, unknown>;
  styles: Record<string, string>;
  /** Storybook's actions (`onK8sStep`…) by event name: the Actions panel logs every event. */
  listeners: Record<string, (event: Event) => void>;
}

export function attributesFromArgs(args: Args, prefix = '', defaults: Record<string, string> = {}): FromArgs {
  const attributes: Record<string, string> = {};
  const properties: Record<string, unknown> = {};
  const styles: Record<string, string> = {};
  const listeners: Record<string, (event: Event) => void> = {};
  for (const [key, value] of Object.entries(args)) {
    if (typeof value === 'function' && /^onK8s[A-Z]/.test(key)) {
      listeners[key.slice(2).replace(/[A-Z]/g, (c, i: number) => `${i ? '-' : ''}${c.toLowerCase()}`)] = value as (event: Event) => void;
      continue;
    }
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (name === 'model') properties.model = value;
    else if (name.startsWith('--')) styles[name] = String(value);
    // A value equal to the documented default is left out: the element draws the same, and its
    // markup stays the configuration's.
    else if (/^[a-z][a-z-]*$/.test(name) && defaults[name] !== String(value)) attributes[name] = value === true ? '' : String(value);
  }
  return { attributes, properties, styles, listeners };
}

/** Applies what `attributesFromArgs` found beside the attributes. */
export function applyArgs(el: HTMLElement, { properties, styles, listeners }: FromArgs): HTMLElement {
  Object.assign(el, properties);
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value);
  for (const [event, listener] of Object.entries(listeners)) el.addEventListener(event, listener);
  return el;
}
