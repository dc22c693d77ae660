import type { DiagramError, ErrorCode, Lang } from '@k8s-diagrams/core';

/** The elements' error codes, and what only a renderer outside the page can meet. */
export type RenderErrorCode = ErrorCode | 'unknown-element' | 'invalid-input' | 'invalid-option' | 'no-match' | 'unwritable-output';

/**
 * Why a figure cannot be rendered: the same codes and messages as the elements' `k8s-error`,
 * one line each. The CLI prints `message` and exits 1; it never shows a stack trace.
 */
export class RenderError extends Error {
  override readonly name = 'RenderError';
  constructor(
    readonly code: RenderErrorCode,
    message: string,
    /** Where: an attribute, a child, a model path, a file. */
    readonly path = '',
  ) {
    super(message);
  }

  /** The first of the elements' errors, in the reader's language (the others follow on the same line). */
  static from(errors: readonly DiagramError[], lang: Lang): RenderError {
    const first = errors[0]!;
    const text = errors.map((e) => e.message[lang]).join(' ');
    return new RenderError(first.code, text, first.path);
  }
}
