'use client';

import { useActionState, useId } from 'react';
import { describedBy, FieldError, fieldErrorsOf, FormMessage, type ErrorTexts } from '../announcement/form-feedback';
import type { TrashAction } from './restore-form';

type Props = {
  announcementId: string;
  /** "I understand that … is deleted for good", naming the announcement. */
  confirmLabel: string;
  /** A server action that deletes for good and comes back to the trash page; it works without JavaScript too. */
  purgeAction: TrashAction;
  labels: Record<'purge' | 'purging', string>;
  errorTexts: ErrorTexts;
};

/**
 * "Delete permanently" asks for a ticked box naming the announcement, not a script's confirm
 * dialog, so the same step holds with and without JavaScript (the action checks the box too).
 */
export function PurgeForm({ announcementId, confirmLabel, purgeAction, labels, errorTexts }: Props) {
  const id = useId();
  const [state, dispatch, pending] = useActionState(purgeAction, null);
  const errors = fieldErrorsOf(state);
  const confirmError = `${id}-confirm-error`;
  const failure = state && !state.ok && !errors.confirm ? errorTexts[state.error] : null;
  return (
    <form action={dispatch}>
      <input type="hidden" name="announcementId" value={announcementId} />
      <label className="check">
        <input
          type="checkbox"
          name="confirm"
          required
          aria-describedby={describedBy(errors.confirm && confirmError)}
          aria-invalid={errors.confirm ? true : undefined}
        />
        <span>{confirmLabel}</span>
      </label>
      <FieldError id={confirmError} codes={errors.confirm} texts={errorTexts} />
      <FormMessage error={failure} />
      <button type="submit" className="button-danger" disabled={pending}>
        {pending ? labels.purging : labels.purge}
      </button>
    </form>
  );
}
