'use client';

import { usePathname } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { localeInfo, locales, type Locale } from '@/lib/i18n/locales';

// The editor's pages exist in every locale under the same path, so switching replaces the prefix.
// Plain links: the new language changes <html lang dir>, a new document anyway.
export function EditorLocaleSwitcher({ current }: { current: Locale }) {
  const t = useTranslations('EditorShell');
  const pathname = usePathname();
  const rest = pathname.replace(/^\/[^/]+/, '');
  return (
    <nav aria-label={t('languages')} className="editor-locales">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}`}
              lang={locale}
              hrefLang={locale}
              dir={localeInfo[locale].dir}
              aria-current={locale === current ? 'page' : undefined}
            >
              {localeInfo[locale].nativeName}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
