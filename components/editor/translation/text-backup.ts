import '../../../lib/validation/jitless-zod';
import { z } from 'zod';
import { isSameText, type TranslationText } from './translation-text';

// A copy of unsaved text in the browser's localStorage, so a closed tab, a crash or a lost session
// does not lose it. It is kept per announcement, locale and the version the text was based on:
// restored onto a newer version it would silently undo someone else's save.

const backupSchema = z.object({
  title: z.string(),
  summary: z.string(),
  slug: z.string(),
  body: z.string(),
  savedAt: z.iso.datetime(),
});

export type TextBackup = z.infer<typeof backupSchema>;

export type BackupScope = { announcementId: string; locale: string; baseVersion: number };

export function backupKey({ announcementId, locale, baseVersion }: BackupScope): string {
  return `forum-portal:translation-backup:${announcementId}:${locale}:${baseVersion}`;
}

export function serializeBackup(text: TranslationText, savedAt: Date): string {
  const backup: TextBackup = { title: text.title, summary: text.summary, slug: text.slug, body: text.body, savedAt: savedAt.toISOString() };
  return JSON.stringify(backup);
}

/** The stored backup, or null when there is none or it is not one (another version of the app, a hand edit). */
export function parseBackup(raw: string | null): TextBackup | null {
  if (raw === null) return null;
  try {
    const parsed = backupSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The backup worth offering when the page loads: one that differs from the text loaded and was
 * written after that text was saved (an older one is what the saved text already replaced).
 */
export function backupToOffer(backup: TextBackup | null, loaded: TranslationText, loadedSavedAt: string | null): TextBackup | null {
  if (!backup || isSameText(backup, loaded)) return null;
  if (loadedSavedAt !== null && Date.parse(backup.savedAt) <= Date.parse(loadedSavedAt)) return null;
  return backup;
}
