import type { LocalizedText } from './text.js';

/** Error codes of the public contract (ARCHITECTURE.md §2). */
export const ERROR_CODES = [
  'invalid-attribute',
  'invalid-child',
  'invalid-model',
  'unknown-scenario',
  'scenario-not-applicable',
  'invalid-scenario',
  'unknown-icon',
  'layout-failed',
  'layout-timeout',
  'layout-too-large',
  'worker-unavailable',
  'fetch-failed',
  'invalid-snapshot',
  'invalid-audit-log',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A problem with what the author wrote, reported instead of thrown. */
export interface DiagramError {
  readonly code: ErrorCode;
  /** Where: an attribute (`replicas`), a child (`k8s-worker-node[2]`), a model path (`edges[3].to`). */
  readonly path: string;
  readonly message: LocalizedText;
}

export type Result<T> = { ok: true; value: T } | { ok: false; errors: DiagramError[] };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T>(...errors: DiagramError[]): Result<T> => ({ ok: false, errors });

export function diagramError(code: ErrorCode, path: string, message: LocalizedText): DiagramError {
  return { code, path, message };
}

/** Quotes an author value for a message, shortened so a huge value cannot flood the page. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return `“${text.length > 60 ? `${text.slice(0, 57)}…` : text}”`;
}

/** The error re-addressed to a child element of a cluster: the path and message name it. */
export function inChild(error: DiagramError, child: string): DiagramError {
  return {
    code: 'invalid-child',
    path: `${child} ${error.path}`.trim(),
    message: {
      en: `${child}: ${error.message.en}`,
      fr: `${child} : ${error.message.fr}`,
    },
  };
}
