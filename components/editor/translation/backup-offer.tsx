'use client';

import type { Locale } from '@/lib/i18n/locales';
import type { TextBackup } from './text-backup';
import { fillMessage, type TranslationMessages } from './translation-messages';

type Props = {
  backup: TextBackup;
  uiLocale: Locale;
  onRestore: () => void;
  onDiscard: () => void;
  messages: TranslationMessages;
};

/** The offer to put back text this browser kept from an earlier, unsaved visit. */
export function BackupOffer({ backup, uiLocale, onRestore, onDiscard, messages }: Props) {
  // Rendered only in the browser (storage is read after hydration), so its clock formats the time.
  const date = new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(backup.savedAt));
  return (
    <div className="notice backup-offer" role="region" aria-label={fillMessage(messages.backupFound, { date })}>
      <p>{fillMessage(messages.backupFound, { date })}</p>
      <div className="backup-choices">
        <button type="button" onClick={onRestore}>
          {messages.restoreBackup}
        </button>
        <button type="button" className="button-secondary" onClick={onDiscard}>
          {messages.discardBackup}
        </button>
      </div>
    </div>
  );
}
