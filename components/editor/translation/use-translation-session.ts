'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionFailure, ActionResult, ConflictInfo } from '@/lib/editor/errors';
import type { SaveOutcome } from '@/lib/editor/save-translation';
import type { StepOutcome } from '@/lib/editor/translation-steps';
import type { ActionNotice } from './action-message';
import { backupKey } from './text-backup';
import { fillMessage, type ErrorMessages, type TranslationMessages } from './translation-messages';
import { adoptStoredText, isSameText, storedText, textOf, textOfForm, type TranslationText } from './translation-text';
import { forgetBackup, useBackupOffer, useBackupWriter } from './use-text-backup';
import { useLeaveWarning } from './use-leave-warning';
import type { StepKind } from './workflow-actions';

type Input = {
  announcementId: string;
  contentLocale: string;
  /** The text and version the page was loaded with (empty and 0 for a translation not yet saved). */
  loaded: { text: TranslationText; version: number; savedAt: string | null };
  signInHref: string;
  messages: TranslationMessages;
  errors: ErrorMessages;
};

const stepDone = {
  submit: 'doneSubmit',
  publish: 'donePublish',
  schedule: 'doneSchedule',
  unpublish: 'doneUnpublish',
  archive: 'doneArchive',
  reopen: 'doneReopen',
} as const satisfies Record<StepKind, keyof TranslationMessages>;

/**
 * What the editing side of the page must keep across every action: the text being edited (never
 * replaced by an answer from the server unless the user asks), the version the next action sends
 * (moved on only by a success, or by the user's choice after a conflict), the text as last saved
 * (what "unsaved changes" and the local backup compare with), and the last answer. After a success
 * the server part of the page is refreshed (status, dates, source).
 */
export function useTranslationSession({ announcementId, contentLocale, loaded, signInHref, messages, errors }: Input) {
  const router = useRouter();
  const [text, setText] = useState(loaded.text);
  const [saved, setSaved] = useState(loaded.text);
  const [version, setVersion] = useState(loaded.version);
  const [conflict, setConflict] = useState<ConflictInfo | null>(null);
  const [overwriting, setOverwriting] = useState(false);
  const [notice, setNotice] = useState<ActionNotice | null>(null);

  const key = backupKey({ announcementId, locale: contentLocale, baseVersion: version });
  const [openingKey] = useState(key);
  const backup = useBackupOffer(openingKey, loaded.text, loaded.savedAt);
  const dirty = !isSameText(text, saved);
  // An offered backup stays in storage until the user restores it, discards it or starts typing.
  useBackupWriter(key, text, saved, backup.offer !== null && !dirty);
  useLeaveWarning(dirty, messages.leaveConfirm);

  function showFailure(result: ActionFailure) {
    if (result.conflict) {
      setConflict(result.conflict);
      setOverwriting(false);
    }
    const signIn = result.error === 'signedOut' ? { signInHref, signInLabel: messages.signIn } : {};
    setNotice({ tone: 'error', text: errors[result.error], ...signIn });
  }

  /**
   * The answer to a save. An automatic one says nothing in the message area when it succeeds (its
   * status line does), and leaves a failed connection to that line too: it tries again on its own.
   */
  function onSaved(result: ActionResult<SaveOutcome>, form: FormData, automatic = false) {
    if (!result.ok) {
      if (automatic && !result.conflict && result.error === 'saveFailed') return;
      return showFailure(result);
    }
    const sent = textOfForm(form);
    const stored = storedText(sent, result.slug);
    forgetBackup(key);
    setVersion(result.version);
    setSaved(stored);
    setText((current) => adoptStoredText(current, sent, stored));
    setConflict(null);
    setOverwriting(false);
    const done = fillMessage(result.live ? messages.savedAndPublished : messages.savedAsRevision, { number: result.revisionNumber });
    setNotice(automatic ? null : { tone: 'success', text: result.scheduleCancelled ? `${done} ${messages.scheduleCancelled}` : done });
    router.refresh();
  }

  function onStep(kind: StepKind, result: ActionResult<StepOutcome>) {
    if (!result.ok) return showFailure(result);
    forgetBackup(key);
    setVersion(result.version);
    setNotice({ tone: 'success', text: messages[stepDone[kind]] });
    router.refresh();
  }

  function takeTheirs(theirs: ConflictInfo) {
    setText(textOf(theirs));
    setSaved(textOf(theirs));
    setVersion(theirs.version);
    setConflict(null);
    setNotice({ tone: 'success', text: messages.tookTheirs });
  }

  /** The user's text stays; their next save is based on the other person's version and replaces it. */
  function keepMine(theirs: ConflictInfo) {
    setVersion(theirs.version);
    setOverwriting(true);
  }

  return {
    text,
    editText: (patch: Partial<TranslationText>) => setText((current) => ({ ...current, ...patch })),
    version,
    dirty,
    conflict,
    overwriting,
    notice,
    backupOffer: backup.offer,
    restoreBackup: () => {
      if (backup.offer) setText(textOf(backup.offer));
      backup.settle();
    },
    discardBackup: () => {
      forgetBackup(openingKey);
      backup.settle();
    },
    onSaved,
    onStep,
    takeTheirs,
    keepMine,
  };
}
