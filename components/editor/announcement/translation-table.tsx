import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { TranslationOverview } from '@/lib/editor/announcement-queries';
import { languageName } from '@/lib/i18n/language-names';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import { translationEditorPath } from '@/lib/auth/editor-paths';

type Props = { announcementId: string; translations: TranslationOverview[]; uiLocale: Locale };

/** Every language of the announcement: its state, status and publication, with the ways in. */
export function TranslationTable({ announcementId, translations, uiLocale }: Props) {
  const t = useTranslations('EditorAnnouncement');
  const states = useTranslations('EditorStates');
  const format = useFormatter();
  return (
    <table className="translation-table">
      <caption>{t('translationsHeading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columnLanguage')}</th>
          <th scope="col">{t('columnText')}</th>
          <th scope="col">{t('columnState')}</th>
          <th scope="col">{t('columnStatus')}</th>
          <th scope="col">{t('columnPublished')}</th>
          <th scope="col">{t('columnLinks')}</th>
        </tr>
      </thead>
      <tbody>
        {translations.map((row) => {
          const language = languageName(row.locale, uiLocale);
          const content = { lang: row.locale, dir: localeInfo[row.locale].dir };
          return (
            <tr key={row.locale} data-locale={row.locale}>
              <th scope="row">
                {language}
                {row.isSource ? <span className="badge">{t('sourceBadge')}</span> : null}
              </th>
              <td>
                {row.title === null ? (
                  <span className="muted">{t('noText')}</span>
                ) : (
                  <>
                    <span {...content}>{row.title}</span>
                    <br />
                    <code dir="ltr">{row.slug}</code>
                  </>
                )}
              </td>
              <td>
                <span className={`state state-${row.state}`}>{states(row.state)}</span>
                {row.unpublishedChanges ? <span className="badge">{t('unpublishedChanges')}</span> : null}
              </td>
              <td>{row.status ? t(`status${row.status}`) : '—'}</td>
              <td>
                {row.publishedAt ? (
                  <time dateTime={row.publishedAt}>{format.dateTime(new Date(row.publishedAt), { dateStyle: 'medium', timeStyle: 'short' })}</time>
                ) : (
                  '—'
                )}
              </td>
              <td>
                <div className="row-links">
                  <Link href={translationEditorPath(uiLocale, announcementId, row.locale)}>
                    {row.status === null ? t('addTranslation') : t('editTranslation')}
                    <span className="sr-only"> ({language})</span>
                  </Link>
                  {row.publicPath ? (
                    <Link href={row.publicPath} hrefLang={row.locale}>
                      {t('viewPublic')}
                      <span className="sr-only"> ({language})</span>
                    </Link>
                  ) : null}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
