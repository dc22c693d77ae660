// This folder imports nothing but types from the rest of core: the elements load it as one
// chunk of its own, and sharing modules with the entry would split the entry into more files.
import type { DiagramError, ErrorCode, Result } from '../errors.js';
import type { LocalizedText } from '../text.js';

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(...errors: DiagramError[]): Result<T> => ({ ok: false, errors });

/** Quotes a value from a file for a message, shortened so a huge value cannot flood the page. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
}

/** Pods are drawn one by one up to these limits, as the figures built from attributes (FULL_DETAIL; a test keeps them equal). */
export const SNAPSHOT_DETAIL = { maxNodes: 10, maxPodsPerNode: 6 } as const;

/**
 * Something in a snapshot or an audit log that was skipped or guessed: the drawing goes on,
 * and the element (or the caller) can show or log the list.
 */
export interface KubernetesWarning {
  /** Where: `items[3]`, `line 12`, `Service shop/web`. */
  path: string;
  message: LocalizedText;
}

export const warning = (path: string, en: string, fr: string): KubernetesWarning => ({ path, message: { en, fr } });

export function snapshotError(path: string, en: string, fr: string): DiagramError {
  return problem('invalid-snapshot', path, en, fr);
}

export function auditError(path: string, en: string, fr: string): DiagramError {
  return problem('invalid-audit-log', path, en, fr);
}

function problem(code: ErrorCode, path: string, en: string, fr: string): DiagramError {
  const what = code === 'invalid-snapshot' ? { en: 'Cluster snapshot', fr: 'Instantané du cluster' } : { en: 'Audit log', fr: 'Journal d’audit' };
  return { code, path, message: { en: `${what.en}: ${en}`, fr: `${what.fr} : ${fr}` } };
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string field, or undefined. */
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** A record field, or an empty record. */
export const rec = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : {});

/** A string-valued map (labels, annotations); other values are dropped. */
export function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isRecord(v)) return out;
  for (const [k, value] of Object.entries(v)) if (typeof value === 'string') out[k] = value;
  return out;
}

/** “3 Service, 1 Deployment” from counts by kind, most first. */
export function countsText(counts: ReadonlyMap<string, number>): string {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
}

