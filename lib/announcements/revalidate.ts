import 'server-only';
import { revalidateTag } from 'next/cache';
import type { Locale } from '../i18n/locales';
import { tagsForAnnouncementChange, tagsForTaxonomyChange } from './cache-tags';

// `{ expire: 0 }`, not the recommended 'max' profile: 'max' keeps serving the stale page while it
// re-renders in the background, so an editor who publishes and reloads would still see the old
// text. Expiring at once makes the next request render the new version (and wait for it).
const immediately = { expire: 0 };

/**
 * Call from every editor action after a publish, unpublish or edit of an announcement has committed.
 * `locales` are the translations that changed; leave it out when the announcement itself changed
 * (lifecycle, event, topics, cover image, deletion), which shows in every locale.
 */
export function revalidateAnnouncement(announcementId: string, locales?: readonly Locale[]): string[] {
  const tags = tagsForAnnouncementChange(announcementId, locales);
  for (const tag of tags) revalidateTag(tag, immediately);
  return tags;
}

/** Call after events or topics changed (names, new or removed ones). */
export function revalidateTaxonomy(): string[] {
  const tags = tagsForTaxonomyChange();
  for (const tag of tags) revalidateTag(tag, immediately);
  return tags;
}
