import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { TranslationRef } from '@/lib/announcements/view';
import { localeInfo } from '@/lib/i18n/locales';
import { announcementPath } from '@/lib/i18n/paths';

/** The announcement's other published translations, each named in its own language and script. */
export function AlsoAvailable({ translations }: { translations: TranslationRef[] }) {
  const t = useTranslations('AnnouncementPage');
  if (translations.length === 0) return null;
  return (
    <section className="also-available" aria-labelledby="also-available-heading">
      <h2 id="also-available-heading">{t('alsoAvailable')}</h2>
      <ul>
        {translations.map(({ locale, slug }) => (
          <li key={locale}>
            <Link href={announcementPath(locale, slug)} hrefLang={locale} lang={locale} dir={localeInfo[locale].dir}>
              {localeInfo[locale].nativeName}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
