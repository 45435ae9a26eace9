import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

/** Remembers a reader's explicit choice of language; `/` then goes to that locale. */
export const localeCookie = { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', path: '/' } as const;

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  localeCookie,
  // next-intl would announce /{other}/same-path as the alternate of every page in a Link header, but
  // announcement slugs differ per locale and fallback pages are no alternates: the page metadata
  // lists the real ones.
  alternateLinks: false,
});
