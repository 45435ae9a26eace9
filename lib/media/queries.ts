import 'server-only';
import { liveAnnouncementWhere } from '../announcements/published-where';
import { getPrisma } from '../db/client';

export type PublicMedia = { mimeType: string };

/**
 * The media file `storageKey` names, if the public may see it: once it is the cover of an
 * announcement that is live (not deleted, at least one translation published and gone live).
 * Unreferenced uploads and covers of drafts stay private.
 */
export async function findPublicMedia(storageKey: string, now = new Date()): Promise<PublicMedia | null> {
  return getPrisma().media.findFirst({
    where: { storageKey, announcements: { some: liveAnnouncementWhere(now) } },
    select: { mimeType: true },
  });
}
