import type { EditorErrorCode } from '@/lib/editor/errors';
import type { ErrorMessages } from './translation-messages';

type Props = { id: string; codes: EditorErrorCode[] | undefined; errors: ErrorMessages };

/** A field's errors, next to it; the field names this element in aria-describedby. */
export function FieldError({ id, codes, errors }: Props) {
  if (!codes || codes.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {codes.map((code) => errors[code]).join(' ')}
    </p>
  );
}

/** aria-describedby for a field: its hint and, when it has errors, their element. */
export function describedBy(hintId: string | null, errorId: string, codes: EditorErrorCode[] | undefined): string | undefined {
  const ids = [hintId, codes && codes.length > 0 ? errorId : null].filter((id): id is string => id !== null);
  return ids.length > 0 ? ids.join(' ') : undefined;
}
