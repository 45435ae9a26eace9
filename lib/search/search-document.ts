import { localeInfo, type Locale } from '../i18n/locales';
import { markdownToPlainText } from './markdown-text';
import { segmentForSearch } from './segment';
import { HIGHLIGHT_END, HIGHLIGHT_START } from './snippet';

export type TranslationText = { locale: Locale; title: string; summary: string; body: string };

/** What writeSearchDocument stores for one translation. */
export type SearchDocument = {
  /** PostgreSQL text-search configuration of the locale (lib/i18n/locales.ts). */
  config: string;
  /** Indexed with weight A, B and C: a title match ranks above a summary match above a body match. */
  title: string;
  summary: string;
  body: string;
  /** Summary and body as plain text, cut into snippets at query time. */
  text: string;
};

// NUL cannot be stored in PostgreSQL text; the highlight marks must only ever come from ts_headline.
const UNSTORABLE = new RegExp(`[\\u0000${HIGHLIGHT_START}${HIGHLIGHT_END}]`, 'g');

function clean(text: string): string {
  return text.replace(UNSTORABLE, ' ');
}

// Queries go through NFKC too (normalize-query.ts): both sides must meet in the same form.
function indexed(text: string, locale: Locale): string {
  return segmentForSearch(clean(text).normalize('NFKC'), locale);
}

/**
 * Prepares the search data of a translation: the locale's configuration, the Markdown body as
 * plain text, and Chinese (or any script without spaces) cut into words. Pure; every write of a
 * translation's title, summary, body or locale must store the result with writeSearchDocument.
 */
export function prepareSearchDocument(translation: TranslationText): SearchDocument {
  const { locale } = translation;
  const body = markdownToPlainText(translation.body);
  const summary = translation.summary.trim();
  return {
    config: localeInfo[locale].searchConfig,
    title: indexed(translation.title, locale),
    summary: indexed(summary, locale),
    body: indexed(body, locale),
    text: segmentForSearch(clean([summary, body].filter((part) => part !== '').join('\n')).normalize('NFC'), locale),
  };
}
