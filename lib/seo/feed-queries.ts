import 'server-only';
import { getPrisma } from '../db/client';
import type { Locale } from '../i18n/locales';
import type { FeedEntry } from './feed-document';
import { liveTranslationOfLiveAnnouncementWhere } from '../announcements/published-where';

/** The latest live translations of one locale, newest first, with the fields a feed entry shows. */
export async function listFeedEntries(locale: Locale, now: Date, limit = 50): Promise<FeedEntry[]> {
  const rows = await getPrisma().translation.findMany({
    where: { ...liveTranslationOfLiveAnnouncementWhere(now), locale },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { announcementId: true, slug: true, title: true, summary: true, publishedAt: true, updatedAt: true },
  });
  // The filter guarantees publishedAt; narrow the type.
  return rows.flatMap((row) => (row.publishedAt ? [{ ...row, publishedAt: row.publishedAt }] : []));
}
