import type { Prisma } from '../../lib/db/generated/client';
import { prepareSearchDocument } from '../../lib/search/search-document';
import { writeSearchDocument } from '../../lib/search/write-search-documents';
import type { DemoAnnouncement, DemoContent, DemoEvent, DemoTopic, DemoTranslation } from './content-schema';

type Tx = Prisma.TransactionClient;
type SlugIds = Map<string, string>;

export type DemoContentSummary = { events: number; topics: number; announcements: number; translations: number };

// @db.Date columns: a UTC midnight Date stores exactly the calendar day written in the content files.
const day = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);

function idOf(ids: SlugIds, slug: string, what: string): string {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`Demo content names an unknown ${what}: ${slug}`);
  return id;
}

// Upserts, so a database that lost its users and announcements but kept events or topics can still be seeded.
async function upsertEvents(tx: Tx, events: DemoEvent[]): Promise<SlugIds> {
  const ids: SlugIds = new Map();
  for (const event of events) {
    const translations = Object.entries(event.translations).map(([locale, text]) => ({ locale, ...text }));
    const row = await tx.event.upsert({
      where: { slug: event.slug },
      create: {
        slug: event.slug,
        startsOn: day(event.startsOn),
        endsOn: day(event.endsOn),
        translations: { create: translations },
      },
      update: {},
      select: { id: true },
    });
    ids.set(event.slug, row.id);
  }
  return ids;
}

async function upsertTopics(tx: Tx, topics: DemoTopic[]): Promise<SlugIds> {
  const ids: SlugIds = new Map();
  for (const topic of topics) {
    const translations = Object.entries(topic.names).map(([locale, name]) => ({ locale, name }));
    const row = await tx.topic.upsert({
      where: { slug: topic.slug },
      create: { slug: topic.slug, translations: { create: translations } },
      update: {},
      select: { id: true },
    });
    ids.set(topic.slug, row.id);
  }
  return ids;
}

/** Creates the translation with its revision 1 and returns that revision's id. */
async function createTranslation(
  tx: Tx,
  announcementId: string,
  translation: DemoTranslation,
  authorId: string,
  sourceRevisionId: string | null,
): Promise<string> {
  const { locale, title, summary, body, slug, publishedAt } = translation;
  const row = await tx.translation.create({
    data: {
      announcementId,
      locale,
      title,
      summary,
      body,
      slug,
      status: 'PUBLISHED',
      publishedAt,
      sourceRevisionId,
      revisions: { create: { number: 1, title, summary, body, slug, authorId, sourceRevisionId } },
    },
    select: { id: true, revisions: { select: { id: true } } },
  });
  const revision = row.revisions[0];
  if (revision === undefined) throw new Error(`Revision 1 of ${locale}/${slug} was not created`);
  await tx.translation.update({ where: { id: row.id }, data: { liveRevisionId: revision.id } });
  // Like every write of a translation's text: its search document in the same transaction.
  await writeSearchDocument(tx, row.id, prepareSearchDocument({ locale, title, summary, body }));
  return revision.id;
}

async function createAnnouncement(
  tx: Tx,
  announcement: DemoAnnouncement,
  ids: { events: SlugIds; topics: SlugIds },
  authorId: string,
): Promise<void> {
  const source = announcement.translations.find((t) => t.locale === announcement.sourceLocale);
  if (source === undefined) throw new Error(`${announcement.folder}: no translation in its source locale`);

  const row = await tx.announcement.create({
    data: {
      sourceLocale: announcement.sourceLocale,
      eventId: idOf(ids.events, announcement.event, 'event'),
      eventDate: day(announcement.eventDate),
      createdById: authorId,
      topics: { create: announcement.topics.map((slug) => ({ topicId: idOf(ids.topics, slug, 'topic') })) },
    },
    select: { id: true },
  });
  // The source goes first: every other translation records the source revision it was translated from.
  const sourceRevisionId = await createTranslation(tx, row.id, source, authorId, null);
  for (const translation of announcement.translations) {
    if (translation === source) continue;
    await createTranslation(tx, row.id, translation, authorId, sourceRevisionId);
  }
}

export async function writeDemoContent(tx: Tx, content: DemoContent, authorId: string): Promise<DemoContentSummary> {
  const ids = { events: await upsertEvents(tx, content.events), topics: await upsertTopics(tx, content.topics) };
  for (const announcement of content.announcements) await createAnnouncement(tx, announcement, ids, authorId);
  return {
    events: content.events.length,
    topics: content.topics.length,
    announcements: content.announcements.length,
    translations: content.announcements.reduce((sum, a) => sum + a.translations.length, 0),
  };
}
