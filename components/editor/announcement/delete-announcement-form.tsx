'use client';

import { useActionState, useId } from 'react';
import type { ActionResult } from '@/lib/editor/errors';
import { describedBy, FieldError, fieldErrorsOf, FormMessage, type ErrorTexts } from './form-feedback';

export type DeleteFormLabels = Record<'deleteHeading' | 'deleteWarning' | 'deleteConfirm' | 'deleteButton' | 'deleting' | 'deleteConflict', string>;

type Props = {
  announcementId: string;
  version: number;
  /** A server action that deletes and leads to the dashboard; it works without JavaScript too. */
  deleteAction: (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;
  labels: DeleteFormLabels;
  errorTexts: ErrorTexts;
};

/**
 * Deleting asks for a ticked confirmation box rather than a script's confirm dialog, so the same
 * step holds with and without JavaScript (the action checks the box too).
 */
export function DeleteAnnouncementForm({ announcementId, version, deleteAction, labels, errorTexts }: Props) {
  const id = useId();
  const [state, dispatch, pending] = useActionState(deleteAction, null);
  const errors = fieldErrorsOf(state);
  const headingId = `${id}-heading`;
  const confirmError = `${id}-confirm-error`;
  const failureText = state && !state.ok ? (state.error === 'conflict' ? labels.deleteConflict : errorTexts[state.error]) : null;

  return (
    <section className="danger-zone" aria-labelledby={headingId}>
      <h2 id={headingId}>{labels.deleteHeading}</h2>
      <p id={`${id}-warning`}>{labels.deleteWarning}</p>
      <form action={dispatch}>
        <input type="hidden" name="announcementId" value={announcementId} />
        <input type="hidden" name="version" value={version} />
        <label className="check">
          <input
            type="checkbox"
            name="confirm"
            required
            aria-describedby={describedBy(`${id}-warning`, errors.confirm && confirmError)}
            aria-invalid={errors.confirm ? true : undefined}
          />
          {labels.deleteConfirm}
        </label>
        <FieldError id={confirmError} codes={errors.confirm} texts={errorTexts} />
        <FormMessage error={failureText} />
        <button type="submit" className="button-danger" disabled={pending}>
          {pending ? labels.deleting : labels.deleteButton}
        </button>
      </form>
    </section>
  );
}
