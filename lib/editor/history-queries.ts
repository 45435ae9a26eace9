import 'server-only';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import type { Locale } from '../i18n/locales';
import { isAllowed } from './permissions';
import { diffTexts, type FieldDiff } from './text-diff';

export type RevisionEntry = {
  number: number;
  savedAt: Date;
  savedBy: string | null;
  minor: boolean;
  title: string;
  /** The number of the source revision this text follows; null for the source text itself. */
  sourceRevisionNumber: number | null;
  live: boolean;
};

export type RevisionHistory = {
  translationId: string;
  version: number;
  /** Whether this user may restore a revision (restoring is a save: 'translation.edit'). */
  canRestore: boolean;
  entries: RevisionEntry[];
};

/** Every revision of one translation, newest first (who, when, what). */
export async function getRevisionHistory(user: EditorUser | null, announcementId: string, locale: Locale): Promise<RevisionHistory | null> {
  if (!user || !isAllowed(user, 'translation.view')) return null;
  const translation = await getPrisma().translation.findFirst({
    where: { announcementId, locale, announcement: { deletedAt: null } },
    select: {
      id: true,
      version: true,
      liveRevisionId: true,
      announcement: { select: { sourceLocale: true } },
      revisions: {
        orderBy: { number: 'desc' },
        select: {
          id: true,
          number: true,
          createdAt: true,
          minor: true,
          title: true,
          author: { select: { name: true, email: true } },
          sourceRevisionId: true,
        },
      },
    },
  });
  if (!translation) return null;
  const sourceIds = [...new Set(translation.revisions.flatMap((revision) => revision.sourceRevisionId ?? []))];
  const sourceNumbers = new Map(
    (await getPrisma().revision.findMany({ where: { id: { in: sourceIds } }, select: { id: true, number: true } })).map(
      (revision) => [revision.id, revision.number],
    ),
  );
  return {
    translationId: translation.id,
    version: translation.version,
    canRestore: isAllowed(user, 'translation.edit', { locale, isSource: locale === translation.announcement.sourceLocale }),
    entries: translation.revisions.map((revision) => ({
      number: revision.number,
      savedAt: revision.createdAt,
      savedBy: revision.author?.name ?? revision.author?.email ?? null,
      minor: revision.minor,
      title: revision.title,
      sourceRevisionNumber: revision.sourceRevisionId ? (sourceNumbers.get(revision.sourceRevisionId) ?? null) : null,
      live: revision.id === translation.liveRevisionId,
    })),
  };
}

/** The differences between two revisions of one translation, `from` → `to`. */
export async function compareRevisions(
  user: EditorUser | null,
  announcementId: string,
  locale: Locale,
  from: number,
  to: number,
): Promise<FieldDiff[] | null> {
  if (!user || !isAllowed(user, 'translation.view')) return null;
  const revisions = await getPrisma().revision.findMany({
    where: { number: { in: [from, to] }, translation: { announcementId, locale, announcement: { deletedAt: null } } },
    select: { number: true, title: true, summary: true, body: true, slug: true },
  });
  const before = revisions.find((revision) => revision.number === from);
  const after = revisions.find((revision) => revision.number === to);
  return before && after ? diffTexts(before, after, locale) : null;
}
