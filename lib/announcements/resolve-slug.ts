import 'server-only';
import type { Locale } from '../i18n/locales';
import { getAnnouncementIdBySlugElsewhere, getAnnouncementRecord } from './cached-reads';
import type { AnnouncementRecord } from './record-query';
import { findAnnouncementIdBySlug } from './slug-queries';

/**
 * The announcement /{locale}/announcements/{slug} is about, or null.
 *
 * The locale's own slugs are looked up first, straight from the database: that only happens when a
 * page is rendered, and the rendered page is cached under the announcement's tag. A slug the locale
 * lacks is looked up among the other locales through the cache tagged `slug-misses`, which every
 * publication expires, so a fallback, redirect or 404 page never outlives a change that affects it.
 */
export async function resolveAnnouncementSlug(locale: Locale, slug: string): Promise<AnnouncementRecord | null> {
  const id = (await findAnnouncementIdBySlug(locale, slug)) ?? (await getAnnouncementIdBySlugElsewhere(locale, slug));
  return id ? getAnnouncementRecord(id) : null;
}
