/** Languages the catalog and messages are written in. */
export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every supported language. */
export type LocalizedText = Readonly<Record<Lang, string>>;

/** What authors may pass for a text: one string for all languages, or per language. */
export type AuthorText = string | { readonly en: string; readonly fr?: string };

export function localize(text: AuthorText | LocalizedText, lang: Lang): string {
  if (typeof text === 'string') return text;
  return (text as Partial<Record<Lang, string>>)[lang] ?? text.en;
}

export interface LanguageMatch {
  lang: Lang;
  /** False when the requested tag named a language we do not have (it fell back to English). */
  supported: boolean;
}

/**
 * Matches a BCP 47 tag by its primary subtag: `fr-FR` and `fr-CA` are French; an empty
 * tag is English without complaint; an unknown language falls back to English.
 */
export function matchLanguage(tag: string | null | undefined): LanguageMatch {
  const primary = (tag ?? '').trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  if (primary === '') return { lang: 'en', supported: true };
  if ((LANGS as readonly string[]).includes(primary)) return { lang: primary as Lang, supported: true };
  return { lang: 'en', supported: false };
}
