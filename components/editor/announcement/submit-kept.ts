import { startTransition, type FormEvent } from 'react';
import { failure, type ActionResult } from '@/lib/editor/errors';

/**
 * A submit handler that runs the form's action without React's automatic form reset: after an
 * action, React 19 resets the form, and controlled checkboxes and selects revert to their first
 * values (react#30580, react#31695) while the state still shows the user's choice.
 */
export function submitKept(dispatch: (form: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const form = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(form));
  };
}

/**
 * Calls a server action; a network failure or a server error becomes the 'saveFailed' result, so
 * the form stays on screen with the user's values instead of giving way to an error page.
 */
export async function callSafely<T extends object>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch {
    return failure('saveFailed');
  }
}
