import 'server-only';
import type { AnnouncementPageData } from '../announcements/announcement-page';
import { describeLifecycle } from '../announcements/lifecycle';
import { readAnnouncementRecord } from '../announcements/record-query';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { isLocale, type Locale } from '../i18n/locales';
import { canPreviewDraft } from './permissions';

export type DraftPreview = Extract<AnnouncementPageData, { kind: 'article' }>;

/**
 * One translation's latest saved text (its newest revision, published or not) in the shape of the
 * public announcement page, so the preview is drawn by the very components readers get. Null when
 * the user may not see it or there is nothing saved.
 */
export async function getDraftPreview(user: EditorUser | null, announcementId: string, locale: Locale): Promise<DraftPreview | null> {
  if (!canPreviewDraft(user, locale)) return null;
  const translation = await getPrisma().translation.findFirst({
    where: { announcementId, locale, announcement: { deletedAt: null } },
    select: {
      publishedAt: true,
      revisions: { orderBy: { number: 'desc' }, take: 1, select: { title: true, summary: true, body: true, slug: true, createdAt: true } },
    },
  });
  const latest = translation?.revisions[0];
  if (!translation || !latest) return null;
  const record = await readAnnouncementRecord(announcementId, new Date(), { evenUnpublished: true });
  if (!record) return null;
  const successor = record.lifecycle !== 'ACTIVE' && record.supersededById ? await readAnnouncementRecord(record.supersededById) : null;
  const { createdAt, ...text } = latest;
  return {
    kind: 'article',
    mode: 'own',
    record,
    // A text not published yet shows the time it was saved where readers will see its publication date.
    shown: { ...text, locale, publishedAt: (translation.publishedAt ?? createdAt).toISOString(), updatedAt: createdAt.toISOString() },
    sourceLocale: isLocale(record.sourceLocale) ? record.sourceLocale : locale,
    lifecycle: describeLifecycle(record.lifecycle, successor, locale),
    alsoAvailable: record.published
      .filter((other) => other.locale !== locale)
      .map(({ locale: other, slug }) => ({ locale: other, slug })),
  };
}
