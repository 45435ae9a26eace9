import { describe, expect, it } from 'vitest';
import { backupKey, backupToOffer, parseBackup, serializeBackup } from './text-backup';
import type { TranslationText } from './translation-text';

const loaded: TranslationText = { title: 'Titre', summary: 'Résumé', slug: 'titre', body: 'Texte.' };
const edited: TranslationText = { ...loaded, body: 'Texte modifié.' };

describe('backupKey', () => {
  it('differs per announcement, locale and base version', () => {
    const keys = new Set([
      backupKey({ announcementId: 'a', locale: 'fr', baseVersion: 3 }),
      backupKey({ announcementId: 'b', locale: 'fr', baseVersion: 3 }),
      backupKey({ announcementId: 'a', locale: 'de', baseVersion: 3 }),
      backupKey({ announcementId: 'a', locale: 'fr', baseVersion: 4 }),
    ]);
    expect(keys.size).toBe(4);
  });
});

describe('parseBackup', () => {
  it('reads back what was stored', () => {
    const savedAt = new Date('2026-11-20T10:00:00Z');
    expect(parseBackup(serializeBackup(edited, savedAt))).toEqual({ ...edited, savedAt: savedAt.toISOString() });
  });

  it.each([null, '', 'not json', '{"title":"x"}', '{"title":1,"summary":"","slug":"","body":"","savedAt":"2026-11-20T10:00:00Z"}'])(
    'ignores %j',
    (raw) => {
      expect(parseBackup(raw)).toBeNull();
    },
  );
});

describe('backupToOffer', () => {
  const savedAt = '2026-11-20T10:00:00.000Z';
  const backupAt = (iso: string, text: TranslationText = edited) => ({ ...text, savedAt: iso });

  it('offers a newer backup with other text', () => {
    const backup = backupAt('2026-11-20T10:05:00.000Z');
    expect(backupToOffer(backup, loaded, savedAt)).toBe(backup);
  });

  it('offers a backup of a translation never saved', () => {
    const backup = backupAt('2026-11-20T09:00:00.000Z');
    expect(backupToOffer(backup, { title: '', summary: '', slug: '', body: '' }, null)).toBe(backup);
  });

  it('offers nothing when the backup holds the loaded text', () => {
    expect(backupToOffer(backupAt('2026-11-20T10:05:00.000Z', loaded), loaded, savedAt)).toBeNull();
  });

  it('offers nothing older than the saved text', () => {
    expect(backupToOffer(backupAt('2026-11-20T09:59:59.000Z'), loaded, savedAt)).toBeNull();
  });

  it('offers nothing without a backup', () => {
    expect(backupToOffer(null, loaded, savedAt)).toBeNull();
  });
});
