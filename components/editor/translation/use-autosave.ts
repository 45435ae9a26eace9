'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { saveTranslationAction } from '@/lib/editor/actions';
import { failure, type ActionResult } from '@/lib/editor/errors';
import type { SaveOutcome } from '@/lib/editor/save-translation';
import { autosaveDelay, isRetryable } from './autosave-plan';
import { isSameText, textOfForm, type TranslationText } from './translation-text';

/** What the last automatic save did, for the status line; null before the first one. */
export type AutosaveReport = { kind: 'saving' } | { kind: 'saved' | 'failed' | 'refused'; at: Date };

type Input = {
  allowed: boolean;
  text: TranslationText;
  version: number;
  dirty: boolean;
  conflict: boolean;
  /** A save by hand is on its way: an automatic one now would send the same version again. */
  manualPending: boolean;
  /** The form a save by hand would send, without "publish" or "minor". */
  buildForm: () => FormData;
  onResult: (result: ActionResult<SaveOutcome>, form: FormData) => void;
};

/**
 * Saves the text on its own a few seconds after the last change, through the same action and
 * version check as the Save button, so every automatic save is an ordinary immutable revision (and a
 * conflict stops it instead of overwriting). Only a text that differs from the last saved one is
 * sent, so a pause without typing writes nothing. A failed connection keeps the text in the form and
 * tries again later; a refused text waits until the user changes it.
 */
export function useAutosave({ allowed, text, version, dirty, conflict, manualPending, buildForm, onResult }: Input) {
  const [saving, setSaving] = useState(false);
  const [failures, setFailures] = useState(0);
  const [refusedText, setRefusedText] = useState<TranslationText | null>(null);
  const [report, setReport] = useState<AutosaveReport | null>(null);
  const refused = refusedText !== null && isSameText(refusedText, text);
  const delay = autosaveDelay({ allowed, dirty, busy: saving || manualPending, conflict, refused, failures });

  const saveNow = useEffectEvent(async () => {
    const form = buildForm();
    setSaving(true);
    setReport({ kind: 'saving' });
    let result: ActionResult<SaveOutcome>;
    try {
      result = await saveTranslationAction(null, form);
    } catch {
      result = failure('saveFailed');
    }
    setSaving(false);
    const at = new Date();
    if (result.ok) {
      setFailures(0);
      setRefusedText(null);
      setReport({ kind: 'saved', at });
    } else if (isRetryable(result.error)) {
      setFailures((count) => count + 1);
      setReport({ kind: 'failed', at });
    } else {
      setRefusedText(textOfForm(form));
      setReport({ kind: 'refused', at });
    }
    onResult(result, form);
  });

  // Every change of the text (or of the version after a save) restarts the wait.
  useEffect(() => {
    if (delay === null) return;
    const timer = window.setTimeout(() => void saveNow(), delay);
    return () => window.clearTimeout(timer);
  }, [delay, text, version]);

  return { saving, report, clearReport: () => setReport(null) };
}
