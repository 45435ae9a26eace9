'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/editor/errors';
import { FormMessage, type ErrorTexts } from '../announcement/form-feedback';

export type TrashAction = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

type Props = {
  announcementId: string;
  /** A server action that restores and comes back to the trash page; it works without JavaScript too. */
  restoreAction: TrashAction;
  labels: Record<'restore' | 'restoring', string>;
  errorTexts: ErrorTexts;
};

/** "Restore": one click, since nothing is lost by putting an announcement back. */
export function RestoreForm({ announcementId, restoreAction, labels, errorTexts }: Props) {
  const [state, dispatch, pending] = useActionState(restoreAction, null);
  return (
    <form action={dispatch}>
      <input type="hidden" name="announcementId" value={announcementId} />
      <button type="submit" disabled={pending}>
        {pending ? labels.restoring : labels.restore}
      </button>
      <FormMessage error={state && !state.ok ? errorTexts[state.error] : null} />
    </form>
  );
}
