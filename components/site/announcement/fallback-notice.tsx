import { useTranslations } from 'next-intl';
import { languageName } from '@/lib/i18n/language-names';
import type { Locale } from '@/lib/i18n/locales';

type Props = { pageLocale: Locale; shownLocale: Locale; shownIsOriginal: boolean };

/** Says, in the page's language, that the text below is in another language and why. */
export function FallbackNotice({ pageLocale, shownLocale, shownIsOriginal }: Props) {
  const t = useTranslations('AnnouncementPage');
  const values = { language: languageName(pageLocale, pageLocale), shownLanguage: languageName(shownLocale, pageLocale) };
  return (
    <p className="notice notice-fallback" role="note">
      {shownIsOriginal ? t('fallbackOriginal', values) : t('fallbackVersion', values)}
    </p>
  );
}
