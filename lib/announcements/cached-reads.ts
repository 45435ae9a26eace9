import 'server-only';
import { unstable_cache } from 'next/cache';
import type { Locale } from '../i18n/locales';
import { readEventAndTopicSlugs, readEventPage, readEvents, readTopicPage } from './archive-queries';
import { cacheTags } from './cache-tags';
import { listLatest } from './queries';
import { readAnnouncementRecord } from './record-query';

// The public reads, cached by Next under the tags of cache-tags.ts. A page rendered from them is
// itself cached (ISR) and carries the same tags, so revalidate.ts expires both at once.
//
// Every cache entry here is keyed by something that exists (an announcement, an event, a locale,
// a page number up to the last): an address made up by a crawler must not add entries, or the
// cache would grow without bound (see lib/cache/route-cache-handler.mjs for the pages).
//
// Editors' changes expire the tags immediately. The time limit only covers what no editor action
// announces: a SCHEDULED translation going live, which shows within this many seconds.
const scheduledGoLiveSeconds = 60;

/** Options for unstable_cache: these tags, and the time limit above. */
export const cacheOptions = (tags: string[]) => ({ tags, revalidate: scheduledGoLiveSeconds });

export function getAnnouncementRecord(id: string) {
  return unstable_cache(() => readAnnouncementRecord(id), ['announcement-record', id], cacheOptions([
    cacheTags.announcement(id),
    cacheTags.taxonomy,
  ]))();
}

export function getLatest(locale: Locale, page: number) {
  return unstable_cache(() => listLatest(locale, page), ['latest', locale, String(page)], cacheOptions([
    cacheTags.latest(locale),
  ]))();
}

export function getEvents(locale: Locale) {
  return unstable_cache(() => readEvents(locale), ['events', locale], cacheOptions([cacheTags.taxonomy]))();
}

/** Slugs of every event and topic (the sitemap lists their pages; unknown ones are 404s). */
export function getEventAndTopicSlugs() {
  return unstable_cache(readEventAndTopicSlugs, ['event-and-topic-slugs'], cacheOptions([cacheTags.taxonomy]))();
}

export async function getEventPage(slug: string, locale: Locale) {
  if (!(await getEventAndTopicSlugs()).events.includes(slug)) return null;
  return unstable_cache(() => readEventPage(slug, locale), ['event-page', slug, locale], cacheOptions([
    cacheTags.archive,
    cacheTags.taxonomy,
  ]))();
}

export async function getTopicPage(slug: string, locale: Locale) {
  if (!(await getEventAndTopicSlugs()).topics.includes(slug)) return null;
  return unstable_cache(() => readTopicPage(slug, locale), ['topic-page', slug, locale], cacheOptions([
    cacheTags.archive,
    cacheTags.taxonomy,
  ]))();
}

const dependsOnSlugMisses = unstable_cache(async () => true, ['slug-misses'], cacheOptions([cacheTags.slugMisses]));

/**
 * Marks the page being rendered as depending on slugs it did not find, so that any publication
 * expires it. One shared entry carries the tag: caching each looked-up slug instead would store an
 * entry per made-up address.
 */
export async function markSlugMissDependency(): Promise<void> {
  await dependsOnSlugMisses();
}
