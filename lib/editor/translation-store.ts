import 'server-only';
import type { Prisma } from '../db/generated/client';
import type { Locale } from '../i18n/locales';
import { prepareSearchDocument } from '../search/search-document';
import { writeSearchDocument } from '../search/write-search-documents';
import type { ConflictInfo } from './errors';

// Transaction steps shared by the translation actions. They read and write rows; the actions decide.

export type Tx = Prisma.TransactionClient;

export type TextFields = { title: string; summary: string; body: string; slug: string };

export type TargetAnnouncement = { id: string; sourceLocale: string };

export const translationRowSelect = {
  id: true,
  status: true,
  version: true,
  publishedAt: true,
  liveRevisionId: true,
  sourceRevisionId: true,
  reviewRequestedAt: true,
} as const;

export type TranslationRow = Prisma.TranslationGetPayload<{ select: typeof translationRowSelect }>;

export async function findAnnouncement(tx: Tx, announcementId: string): Promise<TargetAnnouncement | null> {
  return tx.announcement.findFirst({ where: { id: announcementId, deletedAt: null }, select: { id: true, sourceLocale: true } });
}

export async function findTranslation(tx: Tx, announcementId: string, locale: string): Promise<TranslationRow | null> {
  return tx.translation.findUnique({ where: { announcementId_locale: { announcementId, locale } }, select: translationRowSelect });
}

/**
 * Claims the translation at the version the editor saw: the version goes up by one, or nothing
 * happens when someone else saved in between (false). The row stays locked until the transaction
 * ends, so revisions are numbered one at a time.
 */
export async function claimVersion(tx: Tx, translationId: string, seenVersion: number): Promise<boolean> {
  const claimed = await tx.translation.updateMany({
    where: { id: translationId, version: seenVersion },
    data: { version: { increment: 1 } },
  });
  return claimed.count === 1;
}

export async function latestRevision(tx: Tx, translationId: string) {
  return tx.revision.findFirst({
    where: { translationId },
    orderBy: { number: 'desc' },
    select: {
      id: true,
      number: true,
      title: true,
      summary: true,
      body: true,
      slug: true,
      sourceRevisionId: true,
      createdAt: true,
      author: { select: { name: true, email: true } },
    },
  });
}

/** The latest saved text of a translation, for a conflict response. */
export async function conflictInfo(tx: Tx, translationId: string): Promise<ConflictInfo | undefined> {
  const [translation, revision] = await Promise.all([
    tx.translation.findUnique({ where: { id: translationId }, select: { version: true } }),
    latestRevision(tx, translationId),
  ]);
  if (!translation || !revision) return undefined;
  return {
    version: translation.version,
    title: revision.title,
    summary: revision.summary,
    body: revision.body,
    slug: revision.slug,
    savedBy: revision.author?.name ?? revision.author?.email ?? null,
    savedAt: revision.createdAt.toISOString(),
  };
}

export async function isSlugTaken(tx: Tx, locale: string, slug: string, exceptTranslationId?: string): Promise<boolean> {
  const other = await tx.translation.findFirst({
    where: { locale, slug, ...(exceptTranslationId ? { NOT: { id: exceptTranslationId } } : {}) },
    select: { id: true },
  });
  return other !== null;
}

/** Writes the text a reader sees (or will see) into the translation row, with its search document. */
export async function writeVisibleText(
  tx: Tx,
  translationId: string,
  locale: Locale,
  text: TextFields,
  extra: Prisma.TranslationUpdateInput = {},
): Promise<void> {
  await tx.translation.update({
    where: { id: translationId },
    data: { title: text.title, summary: text.summary, body: text.body, slug: text.slug, ...extra },
  });
  await writeSearchDocument(tx, translationId, prepareSearchDocument({ locale, title: text.title, summary: text.summary, body: text.body }));
}

export async function recordAudit(
  tx: Tx,
  actorId: string,
  action: string,
  targetId: string,
  details: Prisma.InputJsonObject,
  targetType: 'translation' | 'announcement' = 'translation',
): Promise<void> {
  await tx.auditEvent.create({ data: { actorId, action, targetType, targetId, details } });
}

/** The revision the source translation is at now: what a new translation is made from. */
export async function latestSourceRevisionId(tx: Tx, announcement: TargetAnnouncement): Promise<string | null> {
  const revision = await tx.revision.findFirst({
    where: { translation: { announcementId: announcement.id, locale: announcement.sourceLocale } },
    orderBy: { number: 'desc' },
    select: { id: true },
  });
  return revision?.id ?? null;
}

export async function isSourceRevisionOf(tx: Tx, announcement: TargetAnnouncement, revisionId: string): Promise<boolean> {
  const revision = await tx.revision.findFirst({
    where: { id: revisionId, translation: { announcementId: announcement.id, locale: announcement.sourceLocale } },
    select: { id: true },
  });
  return revision !== null;
}
