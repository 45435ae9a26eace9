import 'server-only';
import { getPrisma } from '../db/client';
import type { Prisma } from '../db/generated/client';
import type { Locale } from '../i18n/locales';
import { pickLocalized, type LocalizedText } from '../i18n/pick-localized';
import { buildListItem, fallbackSlugs, type AnnouncementListItem, type ListedAnnouncement } from './list-items';
import { liveAnnouncementWhere, liveTranslationWhere } from './published-where';
import { findSlugsTaken } from './slug-queries';
import { orderByLocale } from './view';

// The event archive and topic pages. They list every live announcement of the event or topic, also
// those without a translation in the page's locale (shown in another language and marked): these
// lists are how readers reach the fallback pages. Dates are ISO strings (cached as JSON).

export type EventSummary = {
  slug: string;
  name: LocalizedText<{ name: string; city: string }>;
  startsOn: string;
  endsOn: string;
};

const eventSelect = {
  slug: true,
  startsOn: true,
  endsOn: true,
  translations: { select: { locale: true, name: true, city: true } },
} satisfies Prisma.EventSelect;

type EventRow = Prisma.EventGetPayload<{ select: typeof eventSelect }>;

function summarizeEvent(row: EventRow, locale: Locale): EventSummary | null {
  const name = pickLocalized(row.translations, locale);
  if (!name) return null;
  return { slug: row.slug, name, startsOn: row.startsOn.toISOString(), endsOn: row.endsOn.toISOString() };
}

async function listItems(
  locale: Locale,
  where: Prisma.AnnouncementWhereInput,
  now: Date,
): Promise<AnnouncementListItem[]> {
  const rows = await getPrisma().announcement.findMany({
    where: { ...where, ...liveAnnouncementWhere(now) },
    orderBy: [{ eventDate: { sort: 'desc', nulls: 'last' } }, { createdAt: 'desc' }, { id: 'asc' }],
    select: {
      id: true,
      sourceLocale: true,
      lifecycle: true,
      translations: {
        where: liveTranslationWhere(now),
        select: { locale: true, slug: true, title: true, summary: true, publishedAt: true },
      },
    },
  });
  const announcements: ListedAnnouncement[] = rows.map((row) => ({
    id: row.id,
    sourceLocale: row.sourceLocale,
    lifecycle: row.lifecycle,
    published: orderByLocale(row.translations).flatMap((t) =>
      t.publishedAt ? [{ ...t, publishedAt: t.publishedAt.toISOString() }] : [],
    ),
  }));
  const taken = await findSlugsTaken(locale, fallbackSlugs(locale, announcements), now);
  return announcements.flatMap((announcement) => buildListItem(locale, announcement, taken) ?? []);
}

/** Every forum edition, newest first, named in `locale`. */
export async function readEvents(locale: Locale): Promise<EventSummary[]> {
  const rows = await getPrisma().event.findMany({ orderBy: [{ startsOn: 'desc' }, { slug: 'asc' }], select: eventSelect });
  return rows.flatMap((row) => summarizeEvent(row, locale) ?? []);
}

/** Slugs of every event and topic: their pages exist in every locale. */
export async function readEventAndTopicSlugs(): Promise<{ events: string[]; topics: string[] }> {
  const prisma = getPrisma();
  const [events, topics] = await Promise.all([
    prisma.event.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } }),
    prisma.topic.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } }),
  ]);
  return { events: events.map((event) => event.slug), topics: topics.map((topic) => topic.slug) };
}

export type EventPage = { event: EventSummary; items: AnnouncementListItem[] };

export async function readEventPage(slug: string, locale: Locale, now = new Date()): Promise<EventPage | null> {
  const row = await getPrisma().event.findUnique({ where: { slug }, select: { id: true, ...eventSelect } });
  const event = row ? summarizeEvent(row, locale) : null;
  if (!row || !event) return null;
  return { event, items: await listItems(locale, { eventId: row.id }, now) };
}

export type TopicPage = { topic: { slug: string; name: LocalizedText<{ name: string }> }; items: AnnouncementListItem[] };

export async function readTopicPage(slug: string, locale: Locale, now = new Date()): Promise<TopicPage | null> {
  const row = await getPrisma().topic.findUnique({
    where: { slug },
    select: { id: true, slug: true, translations: { select: { locale: true, name: true } } },
  });
  const name = row ? pickLocalized(row.translations, locale) : undefined;
  if (!row || !name) return null;
  const items = await listItems(locale, { topics: { some: { topicId: row.id } } }, now);
  return { topic: { slug: row.slug, name }, items };
}
