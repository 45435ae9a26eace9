import { defaultLocale, isLocale, locales, type Locale } from '../i18n/locales';
import { announcementPath } from '../i18n/paths';
import { absoluteUrl } from '../seo/site-url';
import type { ApiAnnouncement, ApiTranslation, ApiTranslationSummary } from './schema';

// Plain rows (as the queries select them) → the API's JSON shapes: ISO dates, absolute URLs.

export type TranslationRow = {
  locale: string;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date | null;
  updatedAt: Date;
};

function isLive(successor: AnnouncementRow['supersededBy']): successor is NonNullable<AnnouncementRow['supersededBy']> {
  return successor !== null && successor.deletedAt === null && successor.translations.length > 0;
}

const calendarDate = (date: Date) => date.toISOString().slice(0, 10);

function serializeCommon(row: TranslationRow, locale: Locale) {
  return {
    locale,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    url: absoluteUrl(announcementPath(locale, row.slug)),
    // Live rows always have publishedAt (a database check); updatedAt stands in only for the type.
    publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function serializeTranslationSummary(row: TranslationRow & { announcementId: string }, locale: Locale): ApiTranslationSummary {
  return { announcementId: row.announcementId, ...serializeCommon(row, locale) };
}

export type AnnouncementRow = {
  id: string;
  sourceLocale: string;
  lifecycle: ApiAnnouncement['lifecycle'];
  eventDate: Date | null;
  event: { slug: string; startsOn: Date; endsOn: Date } | null;
  topics: { topic: { slug: string } }[];
  supersededBy: { id: string; deletedAt: Date | null; translations: unknown[] } | null;
  translations: (TranslationRow & { body: string })[];
};

export function serializeAnnouncement(row: AnnouncementRow): ApiAnnouncement {
  const translations: ApiTranslation[] = row.translations
    .flatMap((translation) =>
      isLocale(translation.locale) ? [{ ...serializeCommon(translation, translation.locale), body: translation.body }] : [],
    )
    .sort((a, b) => locales.indexOf(a.locale) - locales.indexOf(b.locale));
  return {
    id: row.id,
    sourceLocale: isLocale(row.sourceLocale) ? row.sourceLocale : defaultLocale,
    lifecycle: row.lifecycle,
    supersededById: isLive(row.supersededBy) ? row.supersededBy.id : null,
    eventDate: row.eventDate ? calendarDate(row.eventDate) : null,
    event: row.event
      ? { slug: row.event.slug, startsOn: calendarDate(row.event.startsOn), endsOn: calendarDate(row.event.endsOn) }
      : null,
    topics: row.topics.map((link) => link.topic.slug).sort(),
    translations,
  };
}
