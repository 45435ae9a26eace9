import 'server-only';
import { getPrisma } from '../db/client';
import type { Locale } from '../i18n/locales';

export type PublishedTitle = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
};

/** Published, live translations in one locale, newest first. */
export async function listPublishedTitles(locale: Locale, limit = 20): Promise<PublishedTitle[]> {
  const rows = await getPrisma().translation.findMany({
    where: {
      locale,
      status: 'PUBLISHED',
      publishedAt: { lte: new Date() },
      announcement: { deletedAt: null },
    },
    orderBy: [{ publishedAt: 'desc' }, { id: 'asc' }],
    take: limit,
    select: { id: true, slug: true, title: true, summary: true, publishedAt: true },
  });
  // The where clause guarantees publishedAt; narrow the type for callers.
  return rows.flatMap((row) => (row.publishedAt ? [{ ...row, publishedAt: row.publishedAt }] : []));
}
