import 'server-only';
import { getPrisma } from '../db/client';
import type { Locale } from '../i18n/locales';
import { announcementPath } from '../i18n/paths';
import type { AnnouncementListItem } from './list-items';
import { liveTranslationOfLiveAnnouncementWhere } from './published-where';

export const latestPageSize = 10;

export type LatestPage = { items: AnnouncementListItem[]; total: number; pageCount: number };

/**
 * One page of the latest announcements in a locale: its own live translations only, newest first
 * (untranslated announcements are listed on the event and topic pages, marked as such).
 */
export async function listLatest(locale: Locale, page: number, now = new Date()): Promise<LatestPage> {
  const where = { locale, ...liveTranslationOfLiveAnnouncementWhere(now) };
  const [total, rows] = await getPrisma().$transaction([
    getPrisma().translation.count({ where }),
    getPrisma().translation.findMany({
      where,
      orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
      skip: (page - 1) * latestPageSize,
      take: latestPageSize,
      select: {
        slug: true,
        title: true,
        summary: true,
        publishedAt: true,
        announcement: { select: { id: true, lifecycle: true } },
      },
    }),
  ]);
  const items = rows.flatMap((row): AnnouncementListItem[] =>
    row.publishedAt
      ? [
          {
            id: row.announcement.id,
            lifecycle: row.announcement.lifecycle,
            shown: { locale, slug: row.slug, title: row.title, summary: row.summary, publishedAt: row.publishedAt.toISOString() },
            untranslated: false,
            href: announcementPath(locale, row.slug),
          },
        ]
      : [],
  );
  return { items, total, pageCount: Math.max(1, Math.ceil(total / latestPageSize)) };
}
