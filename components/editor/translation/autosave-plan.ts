import type { WorkflowStatus } from '@/lib/editor/coverage-state';
import type { EditorErrorCode } from '@/lib/editor/errors';

/** How long the text must rest after the last keystroke before it is saved on its own. */
export const AUTOSAVE_DELAY_MS = 5_000;
const RETRY_CAP_MS = 60_000;

/**
 * Which translations save themselves. Only working texts: a draft or a text in review, whose save
 * changes nothing readers see. A published text is left out although its save would not reach
 * readers either (the server keeps the published text until "publish"): every revision there shows
 * up as "unpublished changes" and the editor saves deliberately. A scheduled text is left out because
 * its save changes what goes live at the scheduled time (or, by a translator, cancels the schedule).
 * A translation not saved yet is left out too: its first save creates it and fixes its address from
 * the title, which should not happen halfway through typing the title.
 */
export function canAutosave(status: WorkflowStatus | null, canEdit: boolean): boolean {
  return canEdit && (status === 'DRAFT' || status === 'IN_REVIEW');
}

/** A failure worth trying again with the same text: the connection or the database, not the text. */
export function isRetryable(error: EditorErrorCode): boolean {
  return error === 'saveFailed';
}

export type AutosaveInput = {
  allowed: boolean;
  /** The text differs from the text last saved. */
  dirty: boolean;
  /** A save (by hand or automatic) is on its way: the next one must wait for its new version. */
  busy: boolean;
  /** A conflict is open: only the user decides whose text wins. */
  conflict: boolean;
  /** The server refused this very text (invalid, address taken, signed out): wait for a change. */
  refused: boolean;
  /** Failed attempts in a row (connection or database down). */
  failures: number;
};

/**
 * Milliseconds to wait before saving automatically, or null for no automatic save. The wait restarts
 * with every change (the caller reschedules on each keystroke); after failures it doubles, up to a
 * minute, so a database that is down is not hammered while the text stays safe in the form.
 */
export function autosaveDelay(input: AutosaveInput): number | null {
  if (!input.allowed || !input.dirty || input.busy || input.conflict || input.refused) return null;
  if (input.failures <= 0) return AUTOSAVE_DELAY_MS;
  return Math.min(AUTOSAVE_DELAY_MS * 2 ** input.failures, RETRY_CAP_MS);
}
