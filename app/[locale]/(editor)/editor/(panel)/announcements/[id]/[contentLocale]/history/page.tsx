import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { chooseComparison } from '@/components/editor/history/comparison-choice';
import { HistoryNav } from '@/components/editor/history/history-nav';
import { getRestoreTexts } from '@/components/editor/history/restore-texts';
import { RevisionComparison } from '@/components/editor/history/revision-comparison';
import { RevisionTable } from '@/components/editor/history/revision-table';
import { requireEditorUser } from '@/lib/auth/current-user';
import { translationHistoryPath } from '@/lib/auth/editor-paths';
import { compareRevisions, getRevisionHistory } from '@/lib/editor/history-queries';
import { languageName } from '@/lib/i18n/language-names';
import { isLocale, localeInfo } from '@/lib/i18n/locales';
import { readLocaleParam } from '@/lib/reading/locale-param';
import '@/app/styles/editor-history.css';
import { trashNoticeOrNotFound } from '@/components/editor/trash/trash-notice';

type Props = {
  params: Promise<{ locale: string; id: string; contentLocale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const compareFormId = 'compare-revisions';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = readLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'EditorHistory' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

/** Every revision of one translation, the differences between any two, and restoring an old one. */
export default async function RevisionHistoryPage({ params, searchParams }: Props) {
  const { locale: localeParam, id, contentLocale } = await params;
  const locale = readLocaleParam(localeParam);
  setRequestLocale(locale);
  const user = await requireEditorUser(locale);
  if (!isLocale(contentLocale)) notFound();
  const history = await getRevisionHistory(user, id, contentLocale);
  if (!history) return trashNoticeOrNotFound(user, id, locale);

  const choice = chooseComparison(
    history.entries.map((entry) => entry.number),
    await searchParams,
  );
  const [t, changes, restoreTexts] = await Promise.all([
    getTranslations('EditorHistory'),
    choice ? compareRevisions(user, id, contentLocale, choice.from, choice.to) : null,
    getRestoreTexts(),
  ]);
  const content = { lang: contentLocale, dir: localeInfo[contentLocale].dir };
  const historyPath = translationHistoryPath(locale, id, contentLocale);

  return (
    <div className="history">
      <HistoryNav uiLocale={locale} announcementId={id} contentLocale={contentLocale} />
      <h1>{t('heading')}</h1>
      <p className="history-subject">
        {t('subject', { language: languageName(contentLocale, locale) })}{' '}
        <cite lang={content.lang} dir={content.dir}>
          {history.entries[0]?.title}
        </cite>
      </p>
      <p>{t('intro')}</p>
      {history.canRestore ? null : <p className="history-read-only">{t('readOnly')}</p>}

      <h2>{t('listHeading')}</h2>
      <RevisionTable
        announcementId={id}
        contentLocale={contentLocale}
        content={content}
        history={history}
        choice={choice}
        compareFormId={compareFormId}
        restoreTexts={restoreTexts}
      />
      {choice ? (
        <form id={compareFormId} method="get" action={`${historyPath}#comparison`} className="history-compare-form">
          <button type="submit">{t('compareButton')}</button>
        </form>
      ) : (
        <p>{t('nothingToCompare')}</p>
      )}
      {choice && changes ? <RevisionComparison choice={choice} changes={changes} content={content} /> : null}
    </div>
  );
}
