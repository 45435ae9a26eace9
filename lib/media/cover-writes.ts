import 'server-only';
import { revalidateAnnouncement } from '../announcements/revalidate';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { failure, type ActionResult } from '../editor/errors';
import { isAllowed } from '../editor/permissions';
import { recordAudit } from '../editor/translation-store';
import { fieldErrorsOf } from '../editor/zod-errors';
import { deleteUnusedMedia, findCoveredAnnouncement, removeFilesAfterCommit } from './cover-store';
import { coverTextSchema, removeCoverSchema } from './schema';

// Changing the cover after its upload: one language's alt text and caption, or removing it.
// Both name the image the form showed: when it has been replaced meanwhile, nothing is written
// ('conflict'), so a description never lands on an image it was not written for.

/** Saves the alt text and caption of one language; translators only for their own languages. */
export async function saveCoverText(actor: EditorUser | null, input: unknown): Promise<ActionResult> {
  if (!actor) return failure('signedOut');
  if (!isAllowed(actor, 'translation.view')) return failure('forbidden');
  const parsed = coverTextSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', fieldErrorsOf(parsed.error));
  const form = parsed.data;
  const result = await getPrisma().$transaction(async (tx) => {
    const announcement = await findCoveredAnnouncement(tx, form.announcementId);
    if (!announcement) return failure('notFound');
    if (!isAllowed(actor, 'media.editText', { locale: form.locale, isSource: form.locale === announcement.sourceLocale })) {
      return failure('forbidden');
    }
    if (announcement.coverMediaId !== form.mediaId) return failure('conflict');
    const text = { alt: form.alt, caption: form.caption };
    await tx.mediaTranslation.upsert({
      where: { mediaId_locale: { mediaId: form.mediaId, locale: form.locale } },
      create: { mediaId: form.mediaId, locale: form.locale, ...text },
      update: text,
    });
    await recordAudit(tx, actor.id, 'media.editText', announcement.id, { mediaId: form.mediaId, locale: form.locale }, 'announcement');
    return { ok: true as const };
  });
  // Every locale: a page without its own alt text shows another language's (cover-figure.tsx).
  if (result.ok) revalidateAnnouncement(form.announcementId);
  return result;
}

/** Takes the cover off the announcement; the image is deleted with its texts when nothing else uses it. */
export async function removeCover(actor: EditorUser | null, input: unknown): Promise<ActionResult> {
  if (!actor) return failure('signedOut');
  if (!isAllowed(actor, 'media.remove')) return failure('forbidden');
  const parsed = removeCoverSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', fieldErrorsOf(parsed.error));
  const form = parsed.data;
  const outcome = await getPrisma().$transaction(async (tx) => {
    const announcement = await findCoveredAnnouncement(tx, form.announcementId);
    if (!announcement) return { result: failure('notFound'), removed: null };
    if (announcement.coverMediaId !== form.mediaId) return { result: failure('conflict'), removed: null };
    await tx.announcement.update({ where: { id: announcement.id }, data: { coverMediaId: null } });
    const removed = await deleteUnusedMedia(tx, form.mediaId);
    await recordAudit(tx, actor.id, 'media.remove', announcement.id, { mediaId: form.mediaId }, 'announcement');
    return { result: { ok: true as const }, removed };
  });
  if (!outcome.result.ok) return outcome.result;
  await removeFilesAfterCommit([outcome.removed]);
  revalidateAnnouncement(form.announcementId);
  return outcome.result;
}
