import type { Prisma } from '../db/generated/client';
import type { Locale } from '../i18n/locales';
import { prepareSearchDocument } from '../search/search-document';
import { writeSearchDocument } from '../search/write-search-documents';
import { firstFreeSlug, slugFromTitle } from '../editor/slug';

type Tx = Prisma.TransactionClient;

export type ImportedTranslation = {
  locale: Locale;
  title: string;
  summary: string;
  body: string;
  slug?: string;
  /** When this translation went live; overrides the announcement's `publishedAt`. */
  publishedAt?: Date;
};

export type ImportedAnnouncement = {
  /** The first translation is the source text the others count as translated from. */
  translations: ImportedTranslation[];
  eventId?: string;
  eventDate?: Date;
  topicIds?: string[];
  /** When every translation without its own `publishedAt` went live. */
  publishedAt?: Date;
};

async function slugFor(tx: Tx, translation: ImportedTranslation): Promise<string> {
  const taken = async (slug: string) =>
    (await tx.translation.findFirst({ where: { locale: translation.locale, slug }, select: { id: true } })) !== null;
  return firstFreeSlug(translation.slug ?? slugFromTitle(translation.title), taken);
}

/**
 * Writes one announcement with all its translations, each with revision 1 and its search document,
 * inside the caller's transaction: an announcement is imported whole or not at all. A translation
 * is a draft unless it or the announcement has a `publishedAt`; then it is published, revision 1 live.
 */
export async function writeImportedAnnouncement(tx: Tx, announcement: ImportedAnnouncement, authorId: string | null): Promise<string> {
  const [source] = announcement.translations;
  if (!source) throw new Error('An announcement needs at least one translation');
  const { id } = await tx.announcement.create({
    data: {
      sourceLocale: source.locale,
      eventId: announcement.eventId ?? null,
      eventDate: announcement.eventDate ?? null,
      createdById: authorId,
      topics: { create: (announcement.topicIds ?? []).map((topicId) => ({ topicId })) },
    },
    select: { id: true },
  });
  let sourceRevisionId: string | null = null;
  for (const translation of announcement.translations) {
    const slug = await slugFor(tx, translation);
    const text = { title: translation.title, summary: translation.summary, body: translation.body, slug };
    const publishedAt = translation.publishedAt ?? announcement.publishedAt;
    const published = publishedAt !== undefined;
    const baseRevisionId: string | null = sourceRevisionId;
    const row: { id: string; revisions: { id: string }[] } = await tx.translation.create({
      data: {
        announcementId: id,
        locale: translation.locale,
        ...text,
        status: published ? 'PUBLISHED' : 'DRAFT',
        publishedAt: publishedAt ?? null,
        sourceRevisionId: baseRevisionId,
        revisions: { create: { number: 1, ...text, authorId, sourceRevisionId: baseRevisionId } },
      },
      select: { id: true, revisions: { select: { id: true } } },
    });
    const revisionId: string | undefined = row.revisions[0]?.id;
    if (!revisionId) throw new Error(`Revision 1 of ${translation.locale} was not created`);
    if (published) await tx.translation.update({ where: { id: row.id }, data: { liveRevisionId: revisionId } });
    // Like every write of a translation's text: its search document in the same transaction.
    await writeSearchDocument(tx, row.id, prepareSearchDocument(translation));
    sourceRevisionId ??= revisionId;
  }
  return id;
}
