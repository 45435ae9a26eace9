'use client';

import { useActionState } from 'react';
import type { ActionResult } from '@/lib/editor/errors';

type ServerAction<T extends object> = (previous: ActionResult<T> | null, form: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState around an editor server action, with two additions. A thrown error or a network
 * failure becomes an ordinary 'saveFailed' result instead of reaching an error boundary, which would
 * unmount the form and lose the text being edited. And every result is handed to `onResult` (with the
 * form that was sent), so the page can carry the returned version on to its other forms.
 *
 * The price: the action is a client function, so these forms need JavaScript, which the live preview
 * and the conflict handling need anyway.
 */
export function useEditorAction<T extends object>(
  action: ServerAction<T>,
  onResult: (result: ActionResult<T>, form: FormData) => void,
) {
  return useActionState(async (previous: ActionResult<T> | null, form: FormData): Promise<ActionResult<T>> => {
    let result: ActionResult<T>;
    try {
      result = await action(previous, form);
    } catch {
      result = { ok: false, error: 'saveFailed' };
    }
    onResult(result, form);
    return result;
  }, null);
}
