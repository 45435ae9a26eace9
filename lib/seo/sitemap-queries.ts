import 'server-only';
import { liveTranslationOfLiveAnnouncementWhere, liveTranslationWhere } from '../announcements/published-where';
import { getPrisma } from '../db/client';
import { isLocale } from '../i18n/locales';
import type { TranslationRef } from './alternates';
import { sectionTimeRange, type AnnouncementSection, type SitemapTranslation } from './sitemap-sections';

const toRefs = (rows: { locale: string; slug: string }[]): TranslationRef[] =>
  rows.flatMap((row) => (isLocale(row.locale) ? [{ locale: row.locale, slug: row.slug }] : []));

/** Locale and year pairs that have live translations, for the sitemap index. */
export async function listAnnouncementSections(now: Date): Promise<AnnouncementSection[]> {
  // One grouped scan of the live rows; Prisma's groupBy cannot group by the year of a column, so the
  // rule of liveTranslationOfLiveAnnouncementWhere is spelled out in SQL here.
  // Prisma stores UTC wall-clock time in `timestamp` columns: compare in UTC, whatever the session's zone.
  const rows = await getPrisma().$queryRaw<{ locale: string; year: number }[]>`
    SELECT t.locale, EXTRACT(YEAR FROM t.published_at)::int AS year
    FROM translations t
    JOIN announcements a ON a.id = t.announcement_id
    WHERE t.status = 'PUBLISHED'
      AND t.published_at <= (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC')
      AND a.deleted_at IS NULL
    GROUP BY 1, 2
    ORDER BY 1, 2`;
  return rows.flatMap((row) => (isLocale(row.locale) ? [{ locale: row.locale, year: row.year }] : []));
}

/** Where the next batch of a section starts: after this (publishedAt, id). ISO time, to be cached as JSON. */
export type SectionCursor = { publishedAt: string; id: string };

/** A sitemap entry as cached: the time as an ISO string. */
export type StoredSitemapTranslation = Omit<SitemapTranslation, 'updatedAt'> & { updatedAt: string };

export type SectionBatch = { translations: StoredSitemapTranslation[]; next: SectionCursor | null };

/**
 * One batch of the live translations of a section, in (publishedAt, id) order, with their
 * published siblings. Keyset pagination: memory stays flat however large the section grows.
 */
export async function readSectionBatch(
  section: AnnouncementSection,
  now: Date,
  after: SectionCursor | null,
  take: number,
): Promise<SectionBatch> {
  const { from, to } = sectionTimeRange(section.year);
  const cursor = after ? { publishedAt: new Date(after.publishedAt), id: after.id } : null;
  const rows = await getPrisma().translation.findMany({
    where: {
      AND: [
        liveTranslationOfLiveAnnouncementWhere(now),
        { locale: section.locale, publishedAt: { gte: from, lt: to } },
        cursor
          ? { OR: [{ publishedAt: { gt: cursor.publishedAt } }, { publishedAt: cursor.publishedAt, id: { gt: cursor.id } }] }
          : {},
      ],
    },
    orderBy: [{ publishedAt: 'asc' }, { id: 'asc' }],
    take,
    select: {
      id: true,
      slug: true,
      publishedAt: true,
      updatedAt: true,
      announcement: {
        select: {
          sourceLocale: true,
          translations: { where: liveTranslationWhere(now), select: { locale: true, slug: true } },
        },
      },
    },
  });
  const last = rows.at(-1);
  return {
    translations: rows.map((row) => ({
      locale: section.locale,
      slug: row.slug,
      updatedAt: row.updatedAt.toISOString(),
      sourceLocale: isLocale(row.announcement.sourceLocale) ? row.announcement.sourceLocale : section.locale,
      published: toRefs(row.announcement.translations),
    })),
    next: rows.length === take && last?.publishedAt ? { publishedAt: last.publishedAt.toISOString(), id: last.id } : null,
  };
}

/** Every batch of a section, read one after the other through `readBatch` (cached or not). */
export async function* streamSectionTranslations(
  readBatch: (after: SectionCursor | null) => Promise<SectionBatch>,
): AsyncGenerator<SitemapTranslation[], void> {
  let after: SectionCursor | null = null;
  do {
    const batch: SectionBatch = await readBatch(after);
    yield batch.translations.map((translation) => ({ ...translation, updatedAt: new Date(translation.updatedAt) }));
    after = batch.next;
  } while (after);
}
