import { diagramError, quote, type DiagramError, type ErrorCode } from '../errors.js';
import type { AuthorText, LocalizedText } from '../text.js';
import { localize } from '../text.js';

/** Reporting stops after this many problems: the first ones are what the author needs. */
export const MAX_REPORTED = 8;

/** Both languages of an author's text (French falls back to English). */
export function localized(text: AuthorText): LocalizedText {
  return { en: localize(text, 'en'), fr: localize(text, 'fr') };
}

/** Whether a value is a text an author may write: a string or `{ en, fr? }`. */
export function isAuthorText(value: unknown): value is AuthorText {
  return (
    typeof value === 'string' ||
    (isRecord(value) && typeof value.en === 'string' && (value.fr === undefined || typeof value.fr === 'string'))
  );
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A scenario problem whose message starts with the scenario it is about, so a page with
 * several diagrams says which one is wrong. `en`/`fr` continue the sentence.
 */
export function scenarioProblem(code: ErrorCode, scenarioId: string | undefined, path: string, en: string, fr: string): DiagramError {
  const who = scenarioId === undefined ? { en: 'Scenario', fr: 'Scénario' } : { en: `Scenario ${quote(scenarioId)}`, fr: `Scénario ${quote(scenarioId)}` };
  return diagramError(code, path, { en: `${who.en}: ${en}`, fr: `${who.fr} : ${fr}` });
}

/** A scenario that cannot play on this element: the message says which element and why. */
export function notApplicable(scenarioId: string, element: string, path: string, en: string, fr: string): DiagramError {
  return diagramError('scenario-not-applicable', path, {
    en: `Scenario ${quote(scenarioId)} cannot play on this ${element}: ${en}`,
    fr: `Le scénario ${quote(scenarioId)} ne peut pas être joué sur ce ${element} : ${fr}`,
  });
}

/** “a, b and c” in each language. */
export function listOf(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** Collects problems up to MAX_REPORTED. */
export class Problems {
  readonly list: DiagramError[] = [];
  add(problem: DiagramError): void {
    if (this.list.length < MAX_REPORTED) this.list.push(problem);
  }
  get any(): boolean {
    return this.list.length > 0;
  }
}
