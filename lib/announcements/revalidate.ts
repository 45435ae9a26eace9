import 'server-only';
import { revalidateTag } from 'next/cache';
import type { Locale } from '../i18n/locales';
import { invalidateResponseCaches } from '../server/response-cache/registry';
import { tagsForAnnouncementChange, tagsForTaxonomyChange } from './cache-tags';

// `{ expire: 0 }`, not the recommended 'max' profile: 'max' keeps serving the stale page while it
// re-renders in the background, so an editor who publishes and reloads would still see the old
// text. Expiring at once makes the next request render the new version (and wait for it).
const immediately = { expire: 0 };

// The production server's response cache (lib/server) holds whole pages in front of Next's cache
// and cannot tell which pages a tag covers, so every revalidation empties it: publications are
// rare, and refilling costs one request per page.
function expire(tags: string[]): string[] {
  for (const tag of tags) revalidateTag(tag, immediately);
  invalidateResponseCaches();
  return tags;
}

/**
 * Call from every editor action after a publish, unpublish or edit of an announcement has committed.
 * `locales` are the translations that changed; leave it out when the announcement itself changed
 * (lifecycle, event, topics, cover image, deletion), which shows in every locale.
 */
export function revalidateAnnouncement(announcementId: string, locales?: readonly Locale[]): string[] {
  return expire(tagsForAnnouncementChange(announcementId, locales));
}

/** Call after events or topics changed (names, new or removed ones). */
export function revalidateTaxonomy(): string[] {
  return expire(tagsForTaxonomyChange());
}
