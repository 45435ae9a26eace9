import 'server-only';
import { getPrisma } from '../db/client';
import { liveAnnouncementWhere, liveTranslationOfLiveAnnouncementWhere, liveTranslationWhere } from '../announcements/published-where';
import type { AnnouncementListQuery, AnnouncementListResponse, ApiAnnouncement } from './schema';
import { serializeAnnouncement, serializeTranslationSummary } from './serialize';

const translationFields = { locale: true, slug: true, title: true, summary: true, publishedAt: true, updatedAt: true } as const;

/** One page of a locale's live translations, newest first, with the totals a client pages by. */
export async function listPublishedTranslations(
  query: AnnouncementListQuery,
  now: Date,
): Promise<AnnouncementListResponse> {
  const { locale, page, pageSize } = query;
  const where = { ...liveTranslationOfLiveAnnouncementWhere(now), locale };
  const prisma = getPrisma();
  const [rows, totalItems] = await Promise.all([
    prisma.translation.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { announcementId: true, ...translationFields },
    }),
    prisma.translation.count({ where }),
  ]);
  return {
    data: rows.map((row) => serializeTranslationSummary(row, locale)),
    pagination: { page, pageSize, totalItems, totalPages: Math.ceil(totalItems / pageSize) },
  };
}

/** An announcement with all its live translations; null when it is deleted or has none. */
export async function getPublishedAnnouncement(id: string, now: Date): Promise<ApiAnnouncement | null> {
  const live = liveTranslationWhere(now);
  const row = await getPrisma().announcement.findFirst({
    where: { id, ...liveAnnouncementWhere(now) },
    select: {
      id: true,
      sourceLocale: true,
      lifecycle: true,
      eventDate: true,
      event: { select: { slug: true, startsOn: true, endsOn: true } },
      topics: { select: { topic: { select: { slug: true } } } },
      // Named only when readers can open it.
      supersededBy: {
        select: { id: true, deletedAt: true, translations: { where: live, select: { id: true }, take: 1 } },
      },
      translations: { where: live, select: { ...translationFields, body: true } },
    },
  });
  return row ? serializeAnnouncement(row) : null;
}
