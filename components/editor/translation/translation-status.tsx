import { getFormatter, getTranslations } from 'next-intl/server';
import type { TranslationEditorView } from '@/lib/editor/translation-queries';
import type { Locale } from '@/lib/i18n/locales';
import { editorDateTime } from './date-format';

type Props = { translation: NonNullable<TranslationEditorView['translation']>; uiLocale: Locale };

/** Where the translation stands: status, dates, whether readers see the latest text, who saved last. */
export async function TranslationStatus({ translation, uiLocale }: Props) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'EditorTranslation' });
  const states = await getTranslations({ locale: uiLocale, namespace: 'EditorStates' });
  const format = await getFormatter({ locale: uiLocale });
  const when = (date: Date) => format.dateTime(date, editorDateTime);
  const { status, state, publishedAt, reviewRequestedAt, unpublishedChanges, liveRevisionNumber, latest } = translation;
  const saved = { date: when(latest.savedAt), number: latest.number };
  return (
    <section className="translation-status" aria-labelledby="translation-status-heading">
      <h2 id="translation-status-heading" className="sr-only">
        {t('statusHeading')}
      </h2>
      <ul>
        <li>
          <strong>{t('status', { status: states(status.toLowerCase() as Lowercase<typeof status>) })}</strong>
          {state === 'outdated' ? <span className="badge badge-warning">{states('outdated')}</span> : null}
        </li>
        {status === 'PUBLISHED' && publishedAt ? <li>{t('publishedOn', { date: when(publishedAt) })}</li> : null}
        {status === 'SCHEDULED' && publishedAt ? <li>{t('scheduledFor', { date: when(publishedAt) })}</li> : null}
        {reviewRequestedAt ? <li>{t('reviewRequested', { date: when(reviewRequestedAt) })}</li> : null}
        {unpublishedChanges && liveRevisionNumber !== null ? (
          <li>{t('unpublishedChanges', { live: liveRevisionNumber, latest: latest.number })}</li>
        ) : null}
        <li>{latest.savedBy ? t('lastSavedBy', { ...saved, name: latest.savedBy }) : t('lastSaved', saved)}</li>
      </ul>
    </section>
  );
}
