import { defaultLocale, locales, type Locale } from '../i18n/locales';
import { announcementPath, feedPath } from '../i18n/paths';
import { absoluteUrl } from './site-url';

/** A published translation of an announcement: enough to build its address. */
export type TranslationRef = { locale: Locale; slug: string };

/** hreflang code → absolute URL, including 'x-default'. Insertion order follows the locale list. */
export type HreflangMap = Partial<Record<Locale | 'x-default', string>>;

// Keeps one entry per locale in the configured order, so every page of an announcement prints the
// same set in the same order (reciprocity is easiest to check, and to get right, that way).
function sortedUnique(translations: readonly TranslationRef[]): TranslationRef[] {
  return locales.flatMap((locale) => {
    const found = translations.find((translation) => translation.locale === locale);
    return found ? [found] : [];
  });
}

/**
 * The language a search engine should show a reader whose language has no translation: the source
 * translation when it is published, otherwise the first published one in the locale list.
 */
export function pickDefaultTranslation(
  published: readonly TranslationRef[],
  sourceLocale: Locale,
): TranslationRef | undefined {
  return published.find((translation) => translation.locale === sourceLocale) ?? sortedUnique(published)[0];
}

/**
 * Reciprocal hreflang alternates of one announcement: every published translation and x-default.
 * Only published translations are passed in, so fallback addresses can never appear here.
 */
export function buildAnnouncementHreflang(published: readonly TranslationRef[], sourceLocale: Locale): HreflangMap {
  const map: HreflangMap = {};
  for (const translation of sortedUnique(published)) {
    map[translation.locale] = absoluteUrl(announcementPath(translation.locale, translation.slug));
  }
  const fallback = pickDefaultTranslation(published, sourceLocale);
  if (fallback) map['x-default'] = absoluteUrl(announcementPath(fallback.locale, fallback.slug));
  return map;
}

/** hreflang alternates of a page that exists in every locale (home, events, one event, one topic). */
export function buildAllLocalesHreflang(pathFor: (locale: Locale) => string): HreflangMap {
  const map: HreflangMap = {};
  for (const locale of locales) map[locale] = absoluteUrl(pathFor(locale));
  map['x-default'] = absoluteUrl(pathFor(defaultLocale));
  return map;
}

/** The RSS and Atom feeds of one locale, for metadata.alternates.types (rendered as <link rel="alternate">). */
export function buildFeedAlternates(locale: Locale, feedTitle: string) {
  return {
    'application/rss+xml': [{ url: absoluteUrl(feedPath(locale, 'rss')), title: `${feedTitle} (RSS)` }],
    'application/atom+xml': [{ url: absoluteUrl(feedPath(locale, 'atom')), title: `${feedTitle} (Atom)` }],
  };
}
