import type { Prisma } from '../db/generated/client';

// What the public may see: a published translation whose go-live time has passed (a SCHEDULED or
// future-dated one is not live yet), of an announcement that is not deleted. Every public read
// starts from these filters.

/** For translations read through their announcement (which the caller has already filtered). */
export function liveTranslationWhere(now: Date): Prisma.TranslationWhereInput {
  return { status: 'PUBLISHED', publishedAt: { lte: now } };
}

/** For translations read on their own. */
export function liveTranslationOfLiveAnnouncementWhere(now: Date): Prisma.TranslationWhereInput {
  return { ...liveTranslationWhere(now), announcement: { deletedAt: null } };
}

/** Announcements with at least one live translation. */
export function liveAnnouncementWhere(now: Date): Prisma.AnnouncementWhereInput {
  return { deletedAt: null, translations: { some: liveTranslationWhere(now) } };
}
