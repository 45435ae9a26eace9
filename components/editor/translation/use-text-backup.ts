'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { backupToOffer, parseBackup, serializeBackup, type TextBackup } from './text-backup';
import { isSameText, type TranslationText } from './translation-text';

// localStorage can be full, disabled or blocked (private modes, storage policies): the backup is a
// safety net, so every access gives up quietly rather than breaking the editor.
function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function forgetBackup(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to forget where nothing could be stored.
  }
}

const subscribeNever = () => () => {};

/**
 * A backup left by an earlier visit that is newer than the text loaded, until restored or discarded.
 * Storage is read once per visit of the page (the Map lives as long as the component): the backups
 * this page writes while the user types must not come back to them as an offer.
 */
export function useBackupOffer(key: string, loaded: TranslationText, loadedSavedAt: string | null) {
  const [atOpening] = useState(() => new Map<string, string | null>());
  const readAtOpening = () => {
    if (!atOpening.has(key)) atOpening.set(key, readStorage(key));
    return atOpening.get(key) ?? null;
  };
  const raw = useSyncExternalStore(subscribeNever, readAtOpening, () => null);
  const [settled, setSettled] = useState(false);
  const offer: TextBackup | null = settled ? null : backupToOffer(parseBackup(raw), loaded, loadedSavedAt);
  return { offer, settle: () => setSettled(true) };
}

/** Keeps a copy of the text in localStorage while it differs from the saved text (a moment after typing stops). */
export function useBackupWriter(key: string, text: TranslationText, saved: TranslationText, paused: boolean): void {
  useEffect(() => {
    if (paused) return;
    const timer = window.setTimeout(() => {
      if (isSameText(text, saved)) {
        forgetBackup(key);
        return;
      }
      try {
        window.localStorage.setItem(key, serializeBackup(text, new Date()));
      } catch {
        // Full or disabled storage: the form still holds the text.
      }
    }, 600);
    return () => window.clearTimeout(timer);
  }, [key, text, saved, paused]);
}
