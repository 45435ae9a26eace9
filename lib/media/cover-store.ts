import 'server-only';
import type { Tx } from '../editor/translation-store';
import { removeMedia } from './storage';

// Transaction steps shared by the cover actions.

export type CoveredAnnouncement = { id: string; sourceLocale: string; coverMediaId: string | null };

export async function findCoveredAnnouncement(tx: Tx, announcementId: string): Promise<CoveredAnnouncement | null> {
  return tx.announcement.findFirst({
    where: { id: announcementId, deletedAt: null },
    select: { id: true, sourceLocale: true, coverMediaId: true },
  });
}

/**
 * Deletes a media row no announcement uses any more (its texts go with it) and returns its storage
 * key, for removing the file once the transaction has committed; null when it is still used.
 */
export async function deleteUnusedMedia(tx: Tx, mediaId: string): Promise<string | null> {
  if ((await tx.announcement.count({ where: { coverMediaId: mediaId } })) > 0) return null;
  const media = await tx.media.delete({ where: { id: mediaId }, select: { storageKey: true } });
  return media.storageKey;
}

/**
 * Removes the files of media rows deleted by a committed transaction. A failure leaves an unused
 * file behind, which nobody can reach (only covers are served): better than failing the action.
 */
export async function removeFilesAfterCommit(keys: Array<string | null>): Promise<void> {
  await Promise.all(keys.map((key) => (key ? removeMedia(key).catch(() => undefined) : undefined)));
}
