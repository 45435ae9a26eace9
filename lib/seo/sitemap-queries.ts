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

type Cursor = { publishedAt: Date; id: string };

async function readSectionBatch(section: AnnouncementSection, now: Date, after: Cursor | null, take: number) {
  const { from, to } = sectionTimeRange(section.year);
  return getPrisma().translation.findMany({
    where: {
      AND: [
        liveTranslationOfLiveAnnouncementWhere(now),
        { locale: section.locale, publishedAt: { gte: from, lt: to } },
        after
          ? { OR: [{ publishedAt: { gt: after.publishedAt } }, { publishedAt: after.publishedAt, id: { gt: after.id } }] }
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
}

/**
 * The live translations of one section with their published siblings, in batches: keyset
 * pagination on (publishedAt, id), so memory stays flat however large the section grows.
 */
export async function* streamSectionTranslations(
  section: AnnouncementSection,
  now: Date,
  batchSize = 500,
): AsyncGenerator<SitemapTranslation[], void> {
  let after: Cursor | null = null;
  for (;;) {
    const rows = await readSectionBatch(section, now, after, batchSize);
    yield rows.map((row) => ({
      locale: section.locale,
      slug: row.slug,
      updatedAt: row.updatedAt,
      sourceLocale: isLocale(row.announcement.sourceLocale) ? row.announcement.sourceLocale : section.locale,
      published: toRefs(row.announcement.translations),
    }));
    const last = rows.at(-1);
    if (rows.length < batchSize || !last?.publishedAt) return;
    after = { publishedAt: last.publishedAt, id: last.id };
  }
}

/** Slugs of every event and topic: their pages exist in every locale. */
export async function listEventAndTopicSlugs(): Promise<{ events: string[]; topics: string[] }> {
  const prisma = getPrisma();
  const [events, topics] = await Promise.all([
    prisma.event.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } }),
    prisma.topic.findMany({ select: { slug: true }, orderBy: { slug: 'asc' } }),
  ]);
  return { events: events.map((event) => event.slug), topics: topics.map((topic) => topic.slug) };
}
