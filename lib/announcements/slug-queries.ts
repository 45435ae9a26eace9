import 'server-only';
import { getPrisma } from '../db/client';
import type { Locale } from '../i18n/locales';
import { liveTranslationOfLiveAnnouncementWhere } from './published-where';
import { orderByLocale } from './view';

/** The announcement whose live translation in `locale` has this slug. */
export async function findAnnouncementIdBySlug(locale: Locale, slug: string, now = new Date()): Promise<string | null> {
  const row = await getPrisma().translation.findFirst({
    where: { locale, slug, ...liveTranslationOfLiveAnnouncementWhere(now) },
    select: { announcementId: true },
  });
  return row?.announcementId ?? null;
}

/**
 * The announcement a slug of another locale belongs to, for a locale that has no translation under
 * that slug (the fallback and redirect cases). Slugs are unique per locale only: when several
 * locales use it, the first in the configured order wins, so the answer is stable.
 */
export async function findAnnouncementIdBySlugElsewhere(
  locale: Locale,
  slug: string,
  now = new Date(),
): Promise<string | null> {
  const rows = await getPrisma().translation.findMany({
    where: { slug, locale: { not: locale }, ...liveTranslationOfLiveAnnouncementWhere(now) },
    select: { locale: true, announcementId: true },
  });
  return orderByLocale(rows)[0]?.announcementId ?? null;
}

/** Which of these slugs live translations in `locale` already use (fallback addresses must avoid them). */
export async function findSlugsTaken(locale: Locale, slugs: readonly string[], now = new Date()): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await getPrisma().translation.findMany({
    where: { locale, slug: { in: [...slugs] }, ...liveTranslationOfLiveAnnouncementWhere(now) },
    select: { slug: true },
  });
  return new Set(rows.map((row) => row.slug));
}
