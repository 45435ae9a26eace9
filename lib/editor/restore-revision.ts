import 'server-only';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { failure, type ActionResult } from './errors';
import { saveTranslation, type SaveOutcome } from './save-translation';
import { restoreRevisionSchema } from './schema';
import { fieldErrorsOf } from './zod-errors';

/**
 * Restoring never rewrites history: the old text is saved again as a new revision, through the same
 * checks as any save (role, version seen, slug still free).
 */
export async function restoreRevision(actor: EditorUser | null, input: unknown): Promise<ActionResult<SaveOutcome>> {
  if (!actor) return failure('signedOut');
  const parsed = restoreRevisionSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', fieldErrorsOf(parsed.error));
  const { announcementId, locale, version, revisionNumber } = parsed.data;
  const revision = await getPrisma().revision.findFirst({
    where: { number: revisionNumber, translation: { announcementId, locale, announcement: { deletedAt: null } } },
    select: { title: true, summary: true, body: true, slug: true },
  });
  if (!revision) return failure('notFound');
  return saveTranslation(actor, { announcementId, locale, ...revision, baseVersion: version });
}
