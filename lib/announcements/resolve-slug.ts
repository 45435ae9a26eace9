import 'server-only';
import type { Locale } from '../i18n/locales';
import { getAnnouncementRecord, markSlugMissDependency } from './cached-reads';
import type { AnnouncementRecord } from './record-query';
import { findAnnouncementIdBySlug, findAnnouncementIdBySlugElsewhere } from './slug-queries';

/**
 * The announcement /{locale}/announcements/{slug} is about, or null.
 *
 * Slugs are looked up straight from the database: that only happens when a page is rendered, and
 * the rendered page is cached under the announcement's tag. A slug the locale lacks (a fallback,
 * redirect or 404 page) also marks the page with the `slug-misses` tag, which every publication
 * expires, so such a page never outlives a change that affects it. The lookups themselves are not
 * cached per slug: made-up slugs would each leave an entry behind.
 */
export async function resolveAnnouncementSlug(locale: Locale, slug: string): Promise<AnnouncementRecord | null> {
  const own = await findAnnouncementIdBySlug(locale, slug);
  if (own) return getAnnouncementRecord(own);
  await markSlugMissDependency();
  const elsewhere = await findAnnouncementIdBySlugElsewhere(locale, slug);
  return elsewhere ? getAnnouncementRecord(elsewhere) : null;
}
