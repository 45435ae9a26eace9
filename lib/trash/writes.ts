import 'server-only';
import { revalidateAnnouncement } from '../announcements/revalidate';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { failure, type ActionResult } from '../editor/errors';
import { isAllowed } from '../editor/permissions';
import { recordAudit, type Tx } from '../editor/translation-store';
import { fieldErrorsOf } from '../editor/zod-errors';
import { deleteUnusedMedia, removeFilesAfterCommit } from '../media/cover-store';
import { purgeAnnouncementSchema, restoreAnnouncementSchema } from './schema';

// Leaving the trash: back to where it was (editors and admins), or gone for good (admins only).

/** Puts a deleted announcement back: its published texts are public again at their old addresses. */
export async function restoreAnnouncement(actor: EditorUser | null, input: unknown): Promise<ActionResult> {
  if (!actor) return failure('signedOut');
  if (!isAllowed(actor, 'announcement.restore')) return failure('forbidden');
  const parsed = restoreAnnouncementSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', fieldErrorsOf(parsed.error));
  const { announcementId } = parsed.data;
  const result = await getPrisma().$transaction(async (tx) => {
    const claimed = await tx.announcement.updateMany({
      where: { id: announcementId, deletedAt: { not: null } },
      data: { version: { increment: 1 }, deletedAt: null },
    });
    if (claimed.count === 0) return failure('notFound');
    await recordAudit(tx, actor.id, 'announcement.restore', announcementId, {}, 'announcement');
    return { ok: true as const };
  });
  if (result.ok) revalidateAnnouncement(announcementId);
  return result;
}

/**
 * Deletes an announcement in the trash for good: its texts, revisions and search documents (columns
 * of the texts), its topics, and its cover image when no other announcement uses it. The audit log
 * keeps everything said about it (its rows name ids, not foreign keys), plus this deletion with the
 * title, so the log still says what was deleted.
 */
export async function purgeAnnouncement(actor: EditorUser | null, input: unknown): Promise<ActionResult> {
  if (!actor) return failure('signedOut');
  if (!isAllowed(actor, 'announcement.purge')) return failure('forbidden');
  const parsed = purgeAnnouncementSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', fieldErrorsOf(parsed.error));
  const { announcementId } = parsed.data;
  const outcome = await getPrisma().$transaction(async (tx) => {
    const announcement = await tx.announcement.findFirst({
      where: { id: announcementId, deletedAt: { not: null } },
      select: { sourceLocale: true, coverMediaId: true, translations: { select: { locale: true, title: true } } },
    });
    if (!announcement) return { result: failure('notFound'), removed: null };
    await deleteContent(tx, announcementId);
    const removed = announcement.coverMediaId ? await deleteUnusedMedia(tx, announcement.coverMediaId) : null;
    const source = announcement.translations.find((t) => t.locale === announcement.sourceLocale);
    await recordAudit(
      tx,
      actor.id,
      'announcement.purge',
      announcementId,
      { title: source?.title ?? '', sourceLocale: announcement.sourceLocale, locales: announcement.translations.map((t) => t.locale) },
      'announcement',
    );
    return { result: { ok: true as const }, removed };
  });
  if (!outcome.result.ok) return outcome.result;
  await removeFilesAfterCommit([outcome.removed]);
  revalidateAnnouncement(announcementId);
  return outcome.result;
}

// Step by step rather than through the cascades: translations point at their own revisions
// (live, translated-from), and letting one cascade both delete and null those rows is fragile.
async function deleteContent(tx: Tx, announcementId: string): Promise<void> {
  await tx.translation.updateMany({ where: { announcementId }, data: { liveRevisionId: null, sourceRevisionId: null } });
  await tx.revision.deleteMany({ where: { translation: { announcementId } } });
  await tx.translation.deleteMany({ where: { announcementId } });
  await tx.announcementTopic.deleteMany({ where: { announcementId } });
  await tx.announcement.delete({ where: { id: announcementId } });
}
