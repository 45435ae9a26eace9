import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { announcementPath } from '@/lib/i18n/paths';
import { languageName } from '@/lib/i18n/language-names';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import { announcementEditorPath, dashboardPath, draftPreviewPath, translationHistoryPath } from '@/lib/auth/editor-paths';

type Props = {
  uiLocale: Locale;
  announcementId: string;
  contentLocale: Locale;
  isSource: boolean;
  /** The announcement's title as this page knows it (the translation's, else the source's), in its language. */
  title: { text: string; locale: Locale } | null;
  /** The public address while readers see this translation's latest text. */
  publicSlug: string | null;
  /** Whether the user may preview the saved text in the public layout (there is one, and it is theirs to see). */
  previewable: boolean;
};

/** The page's heading and its ways out: dashboard, announcement, history, preview, public page. */
export async function TranslationHeader({ uiLocale, announcementId, contentLocale, isSource, title, publicSlug, previewable }: Props) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'EditorTranslation' });
  const language = languageName(contentLocale, uiLocale);
  return (
    <header className="translation-header">
      <nav aria-label={t('navLabel')}>
        <ul>
          <li>
            <Link href={dashboardPath(uiLocale)}>{t('dashboard')}</Link>
          </li>
          <li>
            <Link href={announcementEditorPath(uiLocale, announcementId)}>{t('announcement')}</Link>
          </li>
          <li>
            <Link href={translationHistoryPath(uiLocale, announcementId, contentLocale)}>{t('history')}</Link>
          </li>
          {previewable ? (
            <li>
              {/* A tab of its own: the form, and anything typed in it, stays open here. */}
              <a href={draftPreviewPath(uiLocale, announcementId, contentLocale)} target="_blank" rel="noopener">
                {t('previewDraft')}
              </a>
            </li>
          ) : null}
          {publicSlug ? (
            <li>
              <a href={announcementPath(contentLocale, publicSlug)}>{t('viewOnSite')}</a>
            </li>
          ) : null}
        </ul>
      </nav>
      <h1>{isSource ? t('headingSource', { language }) : t('headingTranslation', { language })}</h1>
      {title ? (
        <p className="translation-header-title" lang={title.locale} dir={localeInfo[title.locale].dir}>
          {title.text}
        </p>
      ) : null}
    </header>
  );
}
