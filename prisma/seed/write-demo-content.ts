import { calendarDay } from '../../lib/db/calendar-day';
import type { Prisma } from '../../lib/db/generated/client';
import { writeImportedAnnouncement } from '../../lib/import/write-import';
import type { DemoAnnouncement, DemoContent, DemoEvent, DemoTopic } from './content-schema';

type Tx = Prisma.TransactionClient;
type SlugIds = Map<string, string>;

export type DemoContentSummary = { events: number; topics: number; announcements: number; translations: number };

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
        startsOn: calendarDay(event.startsOn),
        endsOn: calendarDay(event.endsOn),
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

async function createAnnouncement(
  tx: Tx,
  announcement: DemoAnnouncement,
  ids: { events: SlugIds; topics: SlugIds },
  authorId: string,
): Promise<void> {
  const source = announcement.translations.find((t) => t.locale === announcement.sourceLocale);
  if (source === undefined) throw new Error(`${announcement.folder}: no translation in its source locale`);
  // Written as an import would be: the source goes first, the others count as translated from it.
  const translations = [source, ...announcement.translations.filter((translation) => translation !== source)];
  await writeImportedAnnouncement(
    tx,
    {
      translations: translations.map(({ locale, title, summary, body, slug, publishedAt }) => ({ locale, title, summary, body, slug, publishedAt })),
      eventId: idOf(ids.events, announcement.event, 'event'),
      eventDate: calendarDay(announcement.eventDate),
      topicIds: announcement.topics.map((slug) => idOf(ids.topics, slug, 'topic')),
    },
    authorId,
  );
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
