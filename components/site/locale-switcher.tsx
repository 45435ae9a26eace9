import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { localeInfo, locales } from '@/lib/i18n/locales';

// Language names are shown in their own script, each marked with its own lang and dir.
export function LocaleSwitcher() {
  const t = useTranslations('LocaleSwitcher');
  const current = useLocale();
  return (
    <nav aria-label={t('label')} className="locale-switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <Link
              href="/"
              locale={locale}
              lang={locale}
              dir={localeInfo[locale].dir}
              aria-current={locale === current ? 'page' : undefined}
            >
              {localeInfo[locale].nativeName}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
