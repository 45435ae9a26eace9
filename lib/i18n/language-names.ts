import type { Locale } from './locales';

/**
 * A language's name in the reader's UI language ("Spanish" on an English page, "espagnol" on a
 * French one), from the runtime's CLDR data, so adding a locale needs no list of names per language.
 * (The switcher shows each language's name in its own script instead: localeInfo.nativeName.)
 */
export function languageName(language: Locale, uiLocale: Locale): string {
  return new Intl.DisplayNames([uiLocale], { type: 'language' }).of(language) ?? language;
}
