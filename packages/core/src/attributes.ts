import { diagramError, type DiagramError } from './errors.js';

/** How an attribute is echoed in a message: as written in HTML, so it can be pasted back. */
const shown = (name: string, raw: string): string => `${name}="${raw.length > 60 ? `${raw.slice(0, 57)}…` : raw}"`;

export type Parsed<T> = { value: T; error?: undefined } | { value?: undefined; error: DiagramError };

/**
 * A whole number within [min, max]. Absent (null) gives the default; anything else that is
 * not such a number is an error, never a clamp.
 */
export function parseCount(
  name: string,
  raw: string | null | undefined,
  min: number,
  max: number,
  fallback: number,
): Parsed<number> {
  if (raw === null || raw === undefined) return { value: fallback };
  const text = raw.trim();
  const value = /^[+-]?\d+$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isInteger(value) && value >= min && value <= max) return { value };
  const why = Number.isNaN(value)
    ? { en: 'it is not a whole number', fr: "ce n'est pas un nombre entier" }
    : { en: 'it is out of range', fr: 'la valeur est hors limites' };
  return {
    error: diagramError('invalid-attribute', name, {
      en: `${shown(name, raw)} is not valid: ${why.en}; use a whole number from ${min} to ${max}.`,
      fr: `${shown(name, raw)} n'est pas valide : ${why.fr} ; indiquez un nombre entier de ${min} à ${max}.`,
    }),
  };
}

/** One of the allowed values (case-insensitive). Absent gives the default. */
export function parseEnum<T extends string>(
  name: string,
  raw: string | null | undefined,
  allowed: readonly T[],
  fallback: T,
): Parsed<T> {
  if (raw === null || raw === undefined) return { value: fallback };
  const text = raw.trim().toLowerCase();
  const match = allowed.find((a) => a === text);
  if (match) return { value: match };
  const list = allowed.map((a) => `“${a}”`).join(', ');
  return {
    error: diagramError('invalid-attribute', name, {
      en: `${shown(name, raw)} is not valid; use one of ${list}.`,
      fr: `${shown(name, raw)} n'est pas valide ; utilisez l'une des valeurs ${list}.`,
    }),
  };
}

/**
 * A set of the allowed values, separated by commas and/or spaces (case-insensitive), in the
 * order of `allowed`, without repeats. Absent or empty gives none; one unknown value is an
 * error naming the valid ones.
 */
export function parseSet<T extends string>(name: string, raw: string | null | undefined, allowed: readonly T[]): Parsed<T[]> {
  if (raw === null || raw === undefined) return { value: [] };
  const words = raw.toLowerCase().split(/[\s,]+/).filter((w) => w !== '');
  const unknown = words.filter((w) => !(allowed as readonly string[]).includes(w));
  if (unknown.length === 0) return { value: allowed.filter((a) => words.includes(a)) };
  const list = allowed.map((a) => `“${a}”`).join(', ');
  const bad = unknown.map((u) => `“${u.length > 30 ? `${u.slice(0, 27)}…` : u}”`).join(', ');
  return {
    error: diagramError('invalid-attribute', name, {
      en: `${shown(name, raw)} is not valid: ${bad} ${unknown.length > 1 ? 'are' : 'is'} not known; use ${list}, separated by commas or spaces.`,
      fr: `${shown(name, raw)} n'est pas valide : ${bad} ${unknown.length > 1 ? 'sont inconnues' : 'est inconnue'} ; utilisez ${list}, séparées par des virgules ou des espaces.`,
    }),
  };
}

/** Kubernetes node names: lowercase letters, digits and dashes (RFC 1123 label), up to 63. */
export function parseNodeName(name: string, raw: string | null | undefined, fallback: string): Parsed<string> {
  if (raw === null || raw === undefined || raw.trim() === '') return { value: fallback };
  const text = raw.trim();
  if (/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(text)) return { value: text };
  return {
    error: diagramError('invalid-attribute', name, {
      en: `${shown(name, raw)} is not a valid node name: use lowercase letters, digits and dashes (at most 63), starting and ending with a letter or digit.`,
      fr: `${shown(name, raw)} n'est pas un nom de nœud valide : utilisez des minuscules, des chiffres et des tirets (63 au plus), en commençant et finissant par une lettre ou un chiffre.`,
    }),
  };
}

/** Free text such as a cloud provider name, kept short. */
export function parseLabel(name: string, raw: string | null | undefined, max = 40): Parsed<string | undefined> {
  if (raw === null || raw === undefined) return { value: undefined };
  const text = raw.trim();
  if (text.length <= max) return { value: text === '' ? undefined : text };
  return {
    error: diagramError('invalid-attribute', name, {
      en: `${name} is too long (${text.length} characters); keep it under ${max + 1}.`,
      fr: `${name} est trop long (${text.length} caractères) ; restez sous ${max + 1}.`,
    }),
  };
}
