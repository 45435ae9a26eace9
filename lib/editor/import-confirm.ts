import 'server-only';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { importConfirmSchema, memberFieldKey, type ImportMember } from '../import/schema';
import { writeImportedAnnouncement } from '../import/write-import';
import { failure, type ActionResult, type EditorErrorCode, type FieldErrors } from './errors';
import { isAllowed } from './permissions';
import { isSlugTaken, recordAudit, type Tx } from './translation-store';
import { isUniqueViolation } from './unique-violation';
import { pathErrorsOf } from './zod-errors';

export type GroupOutcome =
  | { status: 'created' | 'existing'; announcementId: string }
  | { status: 'failed'; error: EditorErrorCode; fieldErrors?: FieldErrors };

export type ImportConfirmResult = { outcomes: GroupOutcome[] };

/** Addresses the editor chose that another text of the same language already uses. */
async function slugClashes(tx: Tx, groupIndex: number, members: ImportMember[]): Promise<FieldErrors | null> {
  const errors: FieldErrors = {};
  for (const [index, member] of members.entries()) {
    if (member.slug && (await isSlugTaken(tx, member.locale, member.slug))) errors[memberFieldKey(groupIndex, index, 'slug')] = ['slugTaken'];
  }
  return Object.keys(errors).length > 0 ? errors : null;
}

type Imported = { status: 'existing'; announcementId: string } | { status: 'failed'; error: 'importRegrouped' };

/**
 * What an earlier confirmation of this preview made of these documents: the same announcement (a
 * repeated confirmation), or one of them already in an announcement grouped differently, which
 * must not be imported a second time.
 */
async function findImported(tx: Tx, token: string, keys: string[]): Promise<Imported | null> {
  const events = await tx.auditEvent.findMany({
    where: { action: 'announcement.import', details: { path: ['importToken'], equals: token } },
    select: { targetId: true, details: true },
  });
  for (const { targetId, details } of events) {
    const documents = (details as { documents?: unknown } | null)?.documents;
    const earlier = Array.isArray(documents) ? documents.map(String) : [];
    if (targetId && earlier.join('+') === keys.join('+')) return { status: 'existing', announcementId: targetId };
    if (earlier.some((key) => keys.includes(key))) return { status: 'failed', error: 'importRegrouped' };
  }
  return null;
}

/**
 * One proposed announcement, in its own transaction: its drafts (revision 1 and search document
 * each) and the audit, or nothing. The preview token and the documents' keys are recorded in the
 * audit; a repeated confirmation finds them and returns the announcement made the first time.
 */
async function confirmGroup(actor: EditorUser, token: string, groupIndex: number, members: ImportMember[]): Promise<GroupOutcome> {
  const keys = members.map((member) => member.key);
  try {
    return await getPrisma().$transaction(async (tx): Promise<GroupOutcome> => {
      // Two submissions of one preview (a double click, a retry, a regrouping) wait for each other here.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${token}))`;
      const imported = await findImported(tx, token, keys);
      if (imported) return imported;
      const clashes = await slugClashes(tx, groupIndex, members);
      if (clashes) return { status: 'failed', error: 'slugTaken', fieldErrors: clashes };
      const translations = members.map(({ locale, title, summary, body, slug }) => ({ locale, title, summary, body, slug }));
      const announcementId = await writeImportedAnnouncement(tx, { translations }, actor.id);
      const details = { importToken: token, documents: keys, locales: members.map((member) => member.locale), files: members.map((member) => member.name) };
      await recordAudit(tx, actor.id, 'announcement.import', announcementId, details, 'announcement');
      const written = await tx.translation.findMany({ where: { announcementId }, select: { id: true, locale: true } });
      for (const { id, locale } of written) await recordAudit(tx, actor.id, 'translation.save', id, { announcementId, locale, revision: 1 });
      return { status: 'created', announcementId };
    });
  } catch (error) {
    // Someone took one of the addresses between the check and the write.
    if (isUniqueViolation(error)) return { status: 'failed', error: 'slugTaken' };
    throw error;
  }
}

/**
 * Creates the confirmed announcements as drafts, each on its own: one that fails (an address
 * taken meanwhile) does not stop the others, and confirming again creates only what is missing.
 * Drafts change no public page, so nothing is revalidated.
 */
export async function confirmImport(actor: EditorUser | null, input: unknown): Promise<ActionResult<ImportConfirmResult>> {
  if (!actor) return failure('signedOut');
  if (!isAllowed(actor, 'announcement.import')) return failure('forbidden');
  const parsed = importConfirmSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', pathErrorsOf(parsed.error));
  const outcomes: GroupOutcome[] = [];
  for (const [index, group] of parsed.data.groups.entries()) {
    outcomes.push(await confirmGroup(actor, parsed.data.token, index, group.members));
  }
  return { ok: true, outcomes };
}
