import 'server-only';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { failure, type ActionResult } from './errors';
import { isAllowed } from './permissions';
import { saveTranslation, type SaveOutcome } from './save-translation';
import { restoreRevisionSchema } from './schema';
import { findAnnouncement, isSourceRevisionOf } from './translation-store';
import { fieldErrorsOf } from './zod-errors';

/**
 * Restoring never rewrites history: the old text is saved again as a new revision, through the same
 * checks as any save (role, version seen, slug still free). It keeps the source revision it was made
 * from, so restoring a text older than the source's last change makes the translation outdated again.
 */
export async function restoreRevision(actor: EditorUser | null, input: unknown): Promise<ActionResult<SaveOutcome>> {
  if (!actor) return failure('signedOut');
  const parsed = restoreRevisionSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', fieldErrorsOf(parsed.error));
  const { announcementId, locale, version, revisionNumber } = parsed.data;
  const prisma = getPrisma();
  const announcement = await findAnnouncement(prisma, announcementId);
  if (!announcement) return failure('notFound');
  // Who may not edit the text learns nothing about its revisions, not even which numbers exist.
  if (!isAllowed(actor, 'translation.edit', { locale, isSource: locale === announcement.sourceLocale })) return failure('forbidden');
  const revision = await prisma.revision.findFirst({
    where: { number: revisionNumber, translation: { announcementId, locale } },
    select: { title: true, summary: true, body: true, slug: true, sourceRevisionId: true },
  });
  if (!revision) return failure('notFound');
  const { sourceRevisionId, ...text } = revision;
  // A base from another text (the source language changed since) is not one a save accepts; the
  // translation then keeps its current base.
  const base = sourceRevisionId && (await isSourceRevisionOf(prisma, announcement, sourceRevisionId)) ? sourceRevisionId : undefined;
  return saveTranslation(actor, { announcementId, locale, ...text, sourceRevisionId: base, baseVersion: version });
}
