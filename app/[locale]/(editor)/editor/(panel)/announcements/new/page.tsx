import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { CreateAnnouncementForm } from '@/components/editor/announcement/create-announcement-form';
import { dashboardPath } from '@/lib/auth/editor-paths';
import { errorTextsOf } from '@/components/editor/announcement/error-texts';
import { eventChoices, labelsOf, sourceLocaleChoices, topicChoices } from '@/components/editor/announcement/form-choices';
import { requireEditorUser } from '@/lib/auth/current-user';
import { getAnnouncementFormChoices } from '@/lib/editor/announcement-queries';
import { isAllowed } from '@/lib/editor/permissions';
import { locales } from '@/lib/i18n/locales';
import { readLocaleParam } from '@/lib/reading/locale-param';
import '@/app/styles/editor-announcement.css';

// Editor pages show what the signed-in person may see: rendered for each request, never cached.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }> };

const formKeys = [
  'fieldSourceLocale',
  'sourceLocaleHint',
  'fieldEvent',
  'noEvent',
  'fieldEventDate',
  'fieldTopics',
  'noTopics',
  'fieldTitle',
  'fieldSummary',
  'fieldSlug',
  'slugHint',
  'fieldBody',
  'create',
  'creating',
  'created',
  'openCreated',
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = readLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'EditorAnnouncement' });
  return { title: t('newHeading'), robots: { index: false } };
}

export default async function NewAnnouncementPage({ params }: Props) {
  const locale = readLocaleParam((await params).locale);
  setRequestLocale(locale);
  const user = await requireEditorUser(locale);
  const t = await getTranslations('EditorAnnouncement');
  const back = (
    <p className="editor-back">
      <Link href={dashboardPath(locale)}>{t('backToDashboard')}</Link>
    </p>
  );
  if (!isAllowed(user, 'announcement.create')) {
    return (
      <main className="editor-announcement">
        {back}
        <h1>{t('notAllowedHeading')}</h1>
        <p role="alert">{t('notAllowedCreate')}</p>
      </main>
    );
  }

  const [choices, format, errorTexts] = await Promise.all([getAnnouncementFormChoices(locale), getFormatter(), errorTextsOf(locale)]);
  return (
    <main className="editor-announcement">
      {back}
      <h1>{t('newHeading')}</h1>
      <p>{t('newIntro')}</p>
      <CreateAnnouncementForm
        uiLocale={locale}
        sourceLocales={sourceLocaleChoices(locales)}
        events={eventChoices(choices.events, format)}
        topics={topicChoices(choices.topics)}
        labels={labelsOf(t, formKeys)}
        errorTexts={errorTexts}
      />
    </main>
  );
}
