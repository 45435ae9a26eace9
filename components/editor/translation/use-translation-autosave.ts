'use client';

import { useState } from 'react';
import type { ActionResult } from '@/lib/editor/errors';
import type { SaveOutcome } from '@/lib/editor/save-translation';
import { useAutosave } from './use-autosave';
import type { useTranslationSession } from './use-translation-session';

type Input = {
  allowed: boolean;
  announcementId: string;
  contentLocale: string;
  sourceRevisionId: string | null;
  session: ReturnType<typeof useTranslationSession>;
};

/**
 * The translation page's automatic save: the fields the Save button would send (never "publish" or
 * "minor", which are the user's decisions), and the bookkeeping between saves by hand and automatic
 * ones, so the two never send the same version at once.
 */
export function useTranslationAutosave({ allowed, announcementId, contentLocale, sourceRevisionId, session }: Input) {
  const [manualPending, setManualPending] = useState(false);
  const { text, version } = session;
  const autosave = useAutosave({
    allowed,
    text,
    version,
    dirty: session.dirty,
    conflict: session.conflict !== null,
    manualPending,
    buildForm: () => {
      const form = new FormData();
      form.set('announcementId', announcementId);
      form.set('locale', contentLocale);
      form.set('baseVersion', String(version));
      if (sourceRevisionId) form.set('sourceRevisionId', sourceRevisionId);
      for (const [name, value] of Object.entries(text)) form.set(name, value);
      return form;
    },
    onResult: (result, form) => session.onSaved(result, form, true),
  });
  return {
    saving: autosave.saving,
    report: autosave.report,
    setManualPending,
    /** A save by hand answers in the message area: the automatic status line steps aside. */
    onManualResult: (result: ActionResult<SaveOutcome>, form: FormData) => {
      autosave.clearReport();
      session.onSaved(result, form);
    },
  };
}
