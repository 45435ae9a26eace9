'use client';

import { usePathname } from 'next/navigation';
import { localeInfo, locales, type Locale } from '@/lib/i18n/locales';
import { switchLanguagePath } from '@/lib/i18n/paths';

// The one client component of the reading pages: it needs the current address, which a layout
// rendered on the server (and cached) does not have. Links are plain <a>: they work without
// JavaScript, and a change of language loads a new document anyway (<html lang dir> changes).
export function LocaleSwitcherLinks({ current }: { current: Locale }) {
  const pathname = usePathname();
  return (
    <ul>
      {locales.map((locale) => (
        <li key={locale}>
          <a
            href={locale === current ? pathname : switchLanguagePath(locale, pathname)}
            lang={locale}
            hrefLang={locale}
            dir={localeInfo[locale].dir}
            aria-current={locale === current ? 'page' : undefined}
            rel={locale === current ? undefined : 'nofollow'}
          >
            {localeInfo[locale].nativeName}
          </a>
        </li>
      ))}
    </ul>
  );
}
