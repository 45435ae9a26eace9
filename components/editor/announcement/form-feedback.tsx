import type { ActionResult, EditorErrorCode, FieldErrors } from '@/lib/editor/errors';

/** The texts of the editor's error codes (messages EditorErrors), handed down from the server. */
export type ErrorTexts = Record<EditorErrorCode, string>;

/** The id list for aria-describedby: hints and errors that are shown, nothing when none is. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const shown = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return shown.length > 0 ? shown.join(' ') : undefined;
}

export function fieldErrorsOf(state: ActionResult<object> | null): FieldErrors {
  return state && !state.ok ? (state.fieldErrors ?? {}) : {};
}

/** The errors of one field, right below it; `id` is what the field's aria-describedby names. */
export function FieldError({ id, codes, texts }: { id: string; codes: EditorErrorCode[] | undefined; texts: ErrorTexts }) {
  if (!codes || codes.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {codes.map((code) => texts[code]).join(' ')}
    </p>
  );
}

/** The form's outcome: failures are announced at once (alert), a success politely (status). */
export function FormMessage({ error, success }: { error?: string | null; success?: string | null }) {
  return (
    <>
      <div role="alert" className={error ? 'form-message form-message-error' : undefined}>
        {error}
      </div>
      <div role="status" className={success ? 'form-message form-message-success' : undefined}>
        {success}
      </div>
    </>
  );
}
