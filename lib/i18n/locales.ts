// The one list of locales. Content locales and UI locales are the same list: adding a locale means
// one entry here and one messages/<code>.json file.
export const locales = ['en', 'zh', 'ru', 'fr', 'de', 'es', 'ar'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'en';

export type LocaleInfo = {
  /** The language's name in its own script. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
  /** PostgreSQL text-search configuration used for this language (search issue). */
  searchConfig: string;
  /** Open Graph locale. */
  ogLocale: string;
};

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { nativeName: 'English', dir: 'ltr', searchConfig: 'english', ogLocale: 'en_US' },
  zh: { nativeName: '中文', dir: 'ltr', searchConfig: 'simple', ogLocale: 'zh_CN' },
  ru: { nativeName: 'Русский', dir: 'ltr', searchConfig: 'russian', ogLocale: 'ru_RU' },
  fr: { nativeName: 'Français', dir: 'ltr', searchConfig: 'french', ogLocale: 'fr_FR' },
  de: { nativeName: 'Deutsch', dir: 'ltr', searchConfig: 'german', ogLocale: 'de_DE' },
  es: { nativeName: 'Español', dir: 'ltr', searchConfig: 'spanish', ogLocale: 'es_ES' },
  ar: { nativeName: 'العربية', dir: 'rtl', searchConfig: 'arabic', ogLocale: 'ar_AR' },
};

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}
