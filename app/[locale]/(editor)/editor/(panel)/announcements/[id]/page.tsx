import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { DeleteAnnouncementForm } from '@/components/editor/announcement/delete-announcement-form';
import { coverImagePath, dashboardPath } from '@/lib/auth/editor-paths';
import { errorTextsOf } from '@/components/editor/announcement/error-texts';
import { eventChoices, labelsOf, lifecycleChoices, sourceLocaleChoices, topicChoices } from '@/components/editor/announcement/form-choices';
import { MetadataForm } from '@/components/editor/announcement/metadata-form';
import { MetadataSummary } from '@/components/editor/announcement/metadata-summary';
import { TranslationTable } from '@/components/editor/announcement/translation-table';
import { getCurrentUser, requireEditorUser } from '@/lib/auth/current-user';
import { deleteAnnouncementAction } from '@/lib/editor/actions';
import { getAnnouncementFormChoices, getAnnouncementOverview, listRecentAnnouncements } from '@/lib/editor/announcement-queries';
import { failure, type ActionResult } from '@/lib/editor/errors';
import { localeInfo } from '@/lib/i18n/locales';
import { readLocaleParam } from '@/lib/reading/locale-param';
import '@/app/styles/editor-announcement.css';
import { trashNoticeOrNotFound } from '@/components/editor/trash/trash-notice';

// Editor pages show what the signed-in person may see: rendered for each request, never cached.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; id: string }> };

const metadataKeys = [
  'fieldSourceLocale',
  'fieldEvent',
  'noEvent',
  'fieldEventDate',
  'fieldTopics',
  'noTopics',
  'fieldLifecycle',
  'lifecycleHint',
  'fieldSupersededBy',
  'supersededByHint',
  'save',
  'saving',
  'saved',
  'metadataConflict',
] as const;

const deleteKeys = ['deleteHeading', 'deleteWarning', 'deleteConfirm', 'deleteButton', 'deleting', 'deleteConflict'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, id } = await params;
  const locale = readLocaleParam(raw);
  const overview = await getAnnouncementOverview(await getCurrentUser(), id);
  const t = await getTranslations({ locale, namespace: 'EditorAnnouncement' });
  return { title: overview?.sourceTitle ?? t('overviewTitle'), robots: { index: false } };
}

export default async function AnnouncementOverviewPage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = readLocaleParam(raw);
  setRequestLocale(locale);
  const user = await requireEditorUser(locale);
  const overview = await getAnnouncementOverview(user, id);
  if (!overview) return trashNoticeOrNotFound(user, id, locale);
  const [t, tMedia, format, choices, suggestions, errorTexts] = await Promise.all([
    getTranslations('EditorAnnouncement'),
    getTranslations('EditorMedia'),
    getFormatter(),
    getAnnouncementFormChoices(locale),
    overview.can.editMetadata ? listRecentAnnouncements(overview.id) : Promise.resolve([]),
    errorTextsOf(locale),
  ]);
  const events = eventChoices(choices.events, format);
  const topics = topicChoices(choices.topics);
  const summary = (heading?: string) => <MetadataSummary overview={overview} events={events} topics={topics} uiLocale={locale} heading={heading} />;

  async function deleteAndLeave(previous: ActionResult | null, form: FormData): Promise<ActionResult> {
    'use server';
    if (form.get('confirm') !== 'on') return failure('invalid', { confirm: ['required'] });
    const result = await deleteAnnouncementAction(previous, form);
    if (result.ok) redirect(dashboardPath(locale));
    return result;
  }

  return (
    <main className="editor-announcement">
      <p className="editor-back">
        <Link href={dashboardPath(locale)}>{t('backToDashboard')}</Link>
      </p>
      <h1 lang={overview.sourceLocale} dir={localeInfo[overview.sourceLocale].dir}>
        {overview.sourceTitle}
      </h1>
      <TranslationTable announcementId={overview.id} translations={overview.translations} uiLocale={locale} />
      <p className="editor-cover-link">
        <Link href={coverImagePath(locale, overview.id)}>{tMedia('overviewLink')}</Link>
      </p>

      <section aria-labelledby="announcement-settings">
        <h2 id="announcement-settings">{t('metadataHeading')}</h2>
        {overview.can.editMetadata ? (
          <MetadataForm
            announcementId={overview.id}
            saved={{
              version: overview.version,
              sourceLocale: overview.sourceLocale,
              eventId: overview.eventId ?? '',
              eventDate: overview.eventDate ?? '',
              topicIds: overview.topicIds,
              lifecycle: overview.lifecycle,
              supersededById: overview.supersededBy?.id ?? '',
            }}
            sourceLocales={sourceLocaleChoices(overview.translations.flatMap((row) => (row.status ? [row.locale] : [])))}
            events={events}
            topics={topics}
            lifecycles={lifecycleChoices(t)}
            successorSuggestions={suggestions.map((s) => ({ value: s.id, label: s.title }))}
            savedSummary={summary(t('savedNowHeading'))}
            labels={{ ...labelsOf(t, metadataKeys), sourceLocaleHint: t('sourceLocaleOnlyTranslated') }}
            errorTexts={errorTexts}
          />
        ) : (
          <>
            <p>{t('metadataReadOnly')}</p>
            {summary()}
          </>
        )}
      </section>

      {overview.can.delete ? (
        <DeleteAnnouncementForm
          announcementId={overview.id}
          version={overview.version}
          deleteAction={deleteAndLeave}
          labels={labelsOf(t, deleteKeys)}
          errorTexts={errorTexts}
        />
      ) : null}
    </main>
  );
}
