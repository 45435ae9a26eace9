import { defaultLocale, isLocale, type Locale } from './locales';

/** A text in one of several languages, and which. */
export type LocalizedText<T> = T & { locale: Locale };

/**
 * The variant in `locale`, else in the default locale, else any: event and topic names may lack a
 * language (added later), and a name in another language marked as such beats no name.
 */
export function pickLocalized<T extends { locale: string }>(
  variants: readonly T[],
  locale: Locale,
): LocalizedText<T> | undefined {
  const known = variants.flatMap((variant) => (isLocale(variant.locale) ? [{ ...variant, locale: variant.locale }] : []));
  return (
    known.find((variant) => variant.locale === locale) ??
    known.find((variant) => variant.locale === defaultLocale) ??
    known[0]
  );
}
