import { isLocale, locales, type Locale } from '../i18n/locales';

// Which translation of an announcement a reader sees, decided without a database: the rules of the
// honest fallback, in one place, for the announcement page, the lists and the language switcher.

/** A published translation: enough to build its address. */
export type TranslationRef = { locale: Locale; slug: string };

export type AnnouncementView =
  | { kind: 'not-found' }
  /** The locale has its own translation under another slug: send the reader there. */
  | { kind: 'redirect'; to: TranslationRef }
  /** The locale's own translation. */
  | { kind: 'own'; shown: TranslationRef }
  /** No translation in the locale: another one is shown, with a notice, out of search engines. */
  | { kind: 'fallback'; shown: TranslationRef };

/** Keeps configured locales only, one per locale, in the configured order. */
export function orderByLocale<T extends { locale: string }>(translations: readonly T[]): Array<T & { locale: Locale }> {
  return locales.flatMap((locale) => {
    const found = translations.find((translation) => translation.locale === locale);
    return found && isLocale(found.locale) ? [{ ...found, locale }] : [];
  });
}

/**
 * The translation to show where the reader's locale has none: the source when it is published,
 * otherwise `preferred` (e.g. the one the requested slug belongs to), otherwise the first published
 * one in the configured order.
 */
export function pickStandIn<T extends TranslationRef>(
  published: readonly T[],
  sourceLocale: string,
  preferred?: T,
): T | undefined {
  const ordered = orderByLocale(published);
  return ordered.find((translation) => translation.locale === sourceLocale) ?? preferred ?? ordered[0];
}

/** The translation a reader of `locale` sees: their own, else the stand-in. */
export function pickShownTranslation<T extends TranslationRef>(
  published: readonly T[],
  sourceLocale: string,
  locale: Locale,
): T | undefined {
  return published.find((translation) => translation.locale === locale) ?? pickStandIn(published, sourceLocale);
}

/**
 * What /{locale}/announcements/{slug} shows, given the published translations of the announcement
 * the slug was found in (the requested locale's own slugs are looked up first, then the others').
 */
export function decideAnnouncementView(
  request: { locale: Locale; slug: string },
  published: readonly TranslationRef[],
  sourceLocale: string,
): AnnouncementView {
  const matched = published.find((translation) => translation.slug === request.slug);
  if (!matched) return { kind: 'not-found' };
  const own = published.find((translation) => translation.locale === request.locale);
  if (own) return own.slug === request.slug ? { kind: 'own', shown: own } : { kind: 'redirect', to: own };
  const shown = pickStandIn(published, sourceLocale, matched);
  return shown ? { kind: 'fallback', shown } : { kind: 'not-found' };
}
