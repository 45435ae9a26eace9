import 'server-only';
import { getPrisma } from '../db/client';
import type { Lifecycle } from '../db/generated/enums';
import { liveTranslationWhere } from './published-where';
import { orderByLocale, type TranslationRef } from './view';

// Everything the public pages show of one announcement, in every language at once: its page in any
// locale (own or fallback), the language switcher and the banners that link to it read one record.
// Dates are ISO strings because the record is cached as JSON.

export type RecordTranslation = TranslationRef & {
  title: string;
  summary: string;
  body: string;
  publishedAt: string;
  updatedAt: string;
};

export type AnnouncementRecord = {
  id: string;
  sourceLocale: string;
  lifecycle: Lifecycle;
  supersededById: string | null;
  eventDate: string | null;
  event: {
    slug: string;
    startsOn: string;
    endsOn: string;
    names: Array<{ locale: string; name: string; city: string }>;
  } | null;
  topics: Array<{ slug: string; names: Array<{ locale: string; name: string }> }>;
  cover: {
    storageKey: string;
    width: number;
    height: number;
    texts: Array<{ locale: string; alt: string; caption: string }>;
  } | null;
  /** Live translations only, one per configured locale, in the configured order. */
  published: RecordTranslation[];
};

const iso = (date: Date) => date.toISOString();

/**
 * The record of a live announcement with at least one live translation, else null. The editor's
 * draft preview asks for it `evenUnpublished`: a draft of an announcement readers do not see yet.
 */
export async function readAnnouncementRecord(
  id: string,
  now = new Date(),
  { evenUnpublished = false } = {},
): Promise<AnnouncementRecord | null> {
  const row = await getPrisma().announcement.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      sourceLocale: true,
      lifecycle: true,
      supersededById: true,
      eventDate: true,
      event: {
        select: {
          slug: true,
          startsOn: true,
          endsOn: true,
          translations: { select: { locale: true, name: true, city: true } },
        },
      },
      topics: {
        orderBy: { topic: { slug: 'asc' } },
        select: { topic: { select: { slug: true, translations: { select: { locale: true, name: true } } } } },
      },
      coverMedia: {
        select: {
          storageKey: true,
          width: true,
          height: true,
          translations: { select: { locale: true, alt: true, caption: true } },
        },
      },
      translations: {
        where: liveTranslationWhere(now),
        select: { locale: true, slug: true, title: true, summary: true, body: true, publishedAt: true, updatedAt: true },
      },
    },
  });
  if (!row) return null;
  const published = orderByLocale(row.translations).flatMap((translation) =>
    translation.publishedAt
      ? [{ ...translation, publishedAt: iso(translation.publishedAt), updatedAt: iso(translation.updatedAt) }]
      : [],
  );
  if (published.length === 0 && !evenUnpublished) return null;
  const { event, coverMedia } = row;
  return {
    id: row.id,
    sourceLocale: row.sourceLocale,
    lifecycle: row.lifecycle,
    supersededById: row.supersededById,
    eventDate: row.eventDate ? iso(row.eventDate) : null,
    event: event
      ? { slug: event.slug, startsOn: iso(event.startsOn), endsOn: iso(event.endsOn), names: event.translations }
      : null,
    topics: row.topics.map(({ topic }) => ({ slug: topic.slug, names: topic.translations })),
    cover: coverMedia
      ? { storageKey: coverMedia.storageKey, width: coverMedia.width, height: coverMedia.height, texts: coverMedia.translations }
      : null,
    published,
  };
}
