import 'server-only';
import { unstable_cache } from 'next/cache';
import type { Locale } from '../i18n/locales';
import { readEventPage, readEvents, readTopicPage } from './archive-queries';
import { cacheTags } from './cache-tags';
import { listLatest } from './queries';
import { readAnnouncementRecord } from './record-query';
import { findAnnouncementIdBySlugElsewhere } from './slug-queries';

// The public reads, cached by Next under the tags of cache-tags.ts. A page rendered from them is
// itself cached (ISR) and carries the same tags, so revalidate.ts expires both at once.
//
// Editors' changes expire the tags immediately. The time limit only covers what no editor action
// announces: a SCHEDULED translation going live, which shows within this many seconds.
const scheduledGoLiveSeconds = 60;

const options = (tags: string[]) => ({ tags, revalidate: scheduledGoLiveSeconds });

export function getAnnouncementRecord(id: string) {
  return unstable_cache(() => readAnnouncementRecord(id), ['announcement-record', id], options([
    cacheTags.announcement(id),
    cacheTags.taxonomy,
  ]))();
}

export function getLatest(locale: Locale, page: number) {
  return unstable_cache(() => listLatest(locale, page), ['latest', locale, String(page)], options([
    cacheTags.latest(locale),
  ]))();
}

export function getEvents(locale: Locale) {
  return unstable_cache(() => readEvents(locale), ['events', locale], options([cacheTags.taxonomy]))();
}

export function getEventPage(slug: string, locale: Locale) {
  return unstable_cache(() => readEventPage(slug, locale), ['event-page', slug, locale], options([
    cacheTags.archive,
    cacheTags.taxonomy,
  ]))();
}

export function getTopicPage(slug: string, locale: Locale) {
  return unstable_cache(() => readTopicPage(slug, locale), ['topic-page', slug, locale], options([
    cacheTags.archive,
    cacheTags.taxonomy,
  ]))();
}

export function getAnnouncementIdBySlugElsewhere(locale: Locale, slug: string) {
  return unstable_cache(
    () => findAnnouncementIdBySlugElsewhere(locale, slug),
    ['slug-elsewhere', locale, slug],
    options([cacheTags.slugMisses]),
  )();
}
