import 'server-only';
import { unstable_cache } from 'next/cache';
import { cacheOptions } from '../announcements/cached-reads';
import { cacheTags } from '../announcements/cache-tags';
import { locales, type Locale } from '../i18n/locales';
import type { FeedEntry } from './feed-document';
import { listFeedEntries } from './feed-queries';
import { listAnnouncementSections, readSectionBatch, type SectionBatch, type SectionCursor } from './sitemap-queries';
import type { AnnouncementSection } from './sitemap-sections';

// Feeds and sitemaps read through Next's data cache under the pages' tags, so the
// revalidateAnnouncement() that refreshes the pages after a publish refreshes them too.
// (The cache stores JSON: times travel as ISO strings and become Dates again here.)

/** A feed lists the locale's latest translations, like its home page: same tag. */
export async function getFeedEntries(locale: Locale): Promise<FeedEntry[]> {
  const stored = await unstable_cache(
    async () => (await listFeedEntries(locale, new Date())).map((entry) => ({
      ...entry,
      publishedAt: entry.publishedAt.toISOString(),
      updatedAt: entry.updatedAt.toISOString(),
    })),
    ['feed', locale],
    cacheOptions([cacheTags.latest(locale)]),
  )();
  return stored.map((entry) => ({ ...entry, publishedAt: new Date(entry.publishedAt), updatedAt: new Date(entry.updatedAt) }));
}

/**
 * A section's entries carry the hreflang alternates of every locale, so a publication in any locale
 * can change any section (and the list of sections): they are tagged with every locale's list.
 */
const everyLocalesLatest = () => cacheOptions(locales.map((locale) => cacheTags.latest(locale)));

export function getAnnouncementSections(): Promise<AnnouncementSection[]> {
  return unstable_cache(() => listAnnouncementSections(new Date()), ['sitemap-sections'], everyLocalesLatest())();
}

/** Rows per cached batch: a few hundred kilobytes, well under the data cache's 2 MB limit per entry. */
const sectionBatchSize = 500;

/**
 * One batch of a section. Keyed by where it starts (the cursor the previous batch returned), so a
 * batch is never combined with a neighbour read before a change: a changed batch ends elsewhere
 * and the next one is a different entry.
 */
export function getSectionBatch(section: AnnouncementSection, after: SectionCursor | null): Promise<SectionBatch> {
  return unstable_cache(
    () => readSectionBatch(section, new Date(), after, sectionBatchSize),
    ['sitemap-section', section.locale, String(section.year), after?.publishedAt ?? '', after?.id ?? ''],
    everyLocalesLatest(),
  )();
}
