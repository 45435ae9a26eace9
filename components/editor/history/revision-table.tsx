import { getFormatter, getTranslations } from 'next-intl/server';
import type { RevisionHistory } from '@/lib/editor/history-queries';
import type { Locale } from '@/lib/i18n/locales';
import type { ComparisonChoice } from './comparison-choice';
import { RestoreRevisionForm, type RestoreTexts } from './restore-revision-form';

type Props = {
  announcementId: string;
  contentLocale: Locale;
  content: { lang: string; dir: 'ltr' | 'rtl' };
  history: RevisionHistory;
  /** The revisions chosen for comparison; null while there is only one revision. */
  choice: ComparisonChoice | null;
  /** The id of the GET form the From/To radio buttons belong to (they sit in the table, outside it). */
  compareFormId: string;
  restoreTexts: RestoreTexts;
};

const savedAtFormat = {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
} as const;

/** Every revision, newest first: who saved it when, what it was made from, and what can be done with it. */
export async function RevisionTable({ announcementId, contentLocale, content, history, choice, compareFormId, restoreTexts }: Props) {
  const [t, format] = await Promise.all([getTranslations('EditorHistory'), getFormatter()]);
  const latest = history.entries[0]?.number;
  return (
    <div className="history-table-wrap" role="region" aria-labelledby="revisions-caption" tabIndex={0}>
      <table className="history-table">
        <caption id="revisions-caption">{t('caption')}</caption>
        <thead>
          <tr>
            {choice ? (
              <>
                <th scope="col">{t('columnFrom')}</th>
                <th scope="col">{t('columnTo')}</th>
              </>
            ) : null}
            <th scope="col">{t('columnRevision')}</th>
            <th scope="col">{t('columnSaved')}</th>
            <th scope="col">{t('columnAuthor')}</th>
            <th scope="col">{t('columnTitle')}</th>
            <th scope="col">{t('columnSource')}</th>
            <th scope="col">{t('columnNotes')}</th>
            {history.canRestore ? <th scope="col">{t('columnRestore')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {history.entries.map((entry) => (
            <tr key={entry.number} className={entry.live ? 'history-live-row' : undefined}>
              {choice ? (
                <>
                  <td>
                    <input
                      type="radio"
                      name="from"
                      value={entry.number}
                      form={compareFormId}
                      defaultChecked={entry.number === choice.from}
                      aria-label={t('compareFromLabel', { number: entry.number })}
                    />
                  </td>
                  <td>
                    <input
                      type="radio"
                      name="to"
                      value={entry.number}
                      form={compareFormId}
                      defaultChecked={entry.number === choice.to}
                      aria-label={t('compareToLabel', { number: entry.number })}
                    />
                  </td>
                </>
              ) : null}
              <th scope="row">{t('revisionNumber', { number: entry.number })}</th>
              <td>
                <time dateTime={entry.savedAt.toISOString()}>{format.dateTime(entry.savedAt, savedAtFormat)}</time>
              </td>
              <td>{entry.savedBy ?? t('unknownAuthor')}</td>
              <td>
                <div className="history-title" lang={content.lang} dir={content.dir}>
                  {entry.title}
                </div>
              </td>
              <td>{entry.sourceRevisionNumber === null ? t('noSource') : t('revisionNumber', { number: entry.sourceRevisionNumber })}</td>
              <td>
                {entry.live || entry.minor ? (
                  <ul className="history-notes">
                    {entry.live ? <li className="history-badge history-badge-live">{t('live')}</li> : null}
                    {entry.minor ? <li className="history-badge">{t('minor')}</li> : null}
                  </ul>
                ) : null}
              </td>
              {history.canRestore ? (
                <td className="history-restore-cell">
                  {entry.number === latest ? (
                    t('current')
                  ) : (
                    <RestoreRevisionForm
                      announcementId={announcementId}
                      locale={contentLocale}
                      version={history.version}
                      revisionNumber={entry.number}
                      texts={restoreTexts}
                    />
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
