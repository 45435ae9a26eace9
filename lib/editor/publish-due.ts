import 'server-only';
import { revalidateAnnouncement } from '../announcements/revalidate';
import { getPrisma } from '../db/client';
import { isLocale } from '../i18n/locales';

export type PublishedDue = { translationId: string; announcementId: string; locale: string };

/**
 * Publishes every scheduled translation whose time has come, in one statement: two server
 * instances running it at once publish each translation once. Its text, search document and live
 * revision were set when it was scheduled, so going live is only the status.
 */
export async function publishDueTranslations(): Promise<PublishedDue[]> {
  const prisma = getPrisma();
  const rows = await prisma.$queryRaw<{ id: string; announcement_id: string; locale: string }[]>`
    UPDATE translations
    SET status = 'PUBLISHED', version = version + 1, updated_at = now()
    WHERE status = 'SCHEDULED' AND published_at <= (now() AT TIME ZONE 'UTC')
    RETURNING id, announcement_id, locale`;
  if (rows.length === 0) return [];
  await prisma.auditEvent.createMany({
    data: rows.map((row) => ({
      actorId: null,
      action: 'translation.publishScheduled',
      targetType: 'translation',
      targetId: row.id,
      details: { announcementId: row.announcement_id, locale: row.locale },
    })),
  });
  for (const row of rows) revalidateAnnouncement(row.announcement_id, isLocale(row.locale) ? [row.locale] : undefined);
  return rows.map((row) => ({ translationId: row.id, announcementId: row.announcement_id, locale: row.locale }));
}
