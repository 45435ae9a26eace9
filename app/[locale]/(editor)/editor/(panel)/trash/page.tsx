import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { errorTextsOf } from '@/components/editor/announcement/error-texts';
import { PageLinks } from '@/components/editor/shell/page-links';
import { TrashTable } from '@/components/editor/trash/trash-table';
import { requireEditorUser } from '@/lib/auth/current-user';
import { trashPath } from '@/lib/auth/editor-paths';
import type { ActionResult } from '@/lib/editor/errors';
import { readLocaleParam } from '@/lib/reading/locale-param';
import { purgeAnnouncementAction, restoreAnnouncementAction } from '@/lib/trash/actions';
import { listTrash } from '@/lib/trash/queries';
import { trashPageSchema } from '@/lib/trash/schema';
import '@/app/styles/editor-records.css';

// Per person and per request: never prerendered or cached.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const outcomes = ['restored', 'purged'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = readLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'EditorTrash' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** Deleted announcements: restore them, or (administrators) delete them for good. */
export default async function TrashPage({ params, searchParams }: Props) {
  const locale = readLocaleParam((await params).locale);
  setRequestLocale(locale);
  const user = await requireEditorUser(locale, trashPath(locale));
  const query = await searchParams;
  const { page } = trashPageSchema.parse(query);
  const [trash, t, errorTexts] = await Promise.all([listTrash(user, page, locale), getTranslations('EditorTrash'), errorTextsOf(locale)]);
  if (!trash) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('notAllowed')}</p>
      </>
    );
  }
  const done = outcomes.find((outcome) => outcome === query.done);

  // After success the page is loaded anew (also without JavaScript), saying what was done.
  async function restoreAndReturn(previous: ActionResult | null, form: FormData): Promise<ActionResult> {
    'use server';
    const result = await restoreAnnouncementAction(previous, form);
    if (result.ok) redirect(`${trashPath(locale)}?done=restored`);
    return result;
  }
  async function purgeAndReturn(previous: ActionResult | null, form: FormData): Promise<ActionResult> {
    'use server';
    const result = await purgeAnnouncementAction(previous, form);
    if (result.ok) redirect(`${trashPath(locale)}?done=purged`);
    return result;
  }

  const pageHref = (number: number) => `${trashPath(locale)}?page=${number}`;
  return (
    <div className="editor-records">
      <h1>{t('title')}</h1>
      <p>{t(trash.canPurge ? 'introAdmin' : 'intro')}</p>
      <div role="status">{done ? <p className="form-message form-message-success">{t(done)}</p> : null}</div>
      {trash.total === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <TrashTable uiLocale={locale} trash={trash} restoreAction={restoreAndReturn} purgeAction={purgeAndReturn} errorTexts={errorTexts} />
      )}
      <PageLinks
        label={t('pagination')}
        status={t('pageStatus', { page: trash.page, count: trash.pageCount })}
        previous={trash.page > 1 ? { href: pageHref(trash.page - 1), label: t('previous') } : null}
        next={trash.page < trash.pageCount ? { href: pageHref(trash.page + 1), label: t('next') } : null}
      />
    </div>
  );
}
