'use client';

import type { EditorErrorCode } from '@/lib/editor/errors';
import { describedBy, FieldError } from './field-error';
import type { ErrorMessages } from './translation-messages';

type Props = {
  name: 'title' | 'summary';
  label: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  required?: boolean;
  maxLength: number;
  readOnly: boolean;
  lang: string;
  dir: 'ltr' | 'rtl';
  errorCodes: EditorErrorCode[] | undefined;
  errors: ErrorMessages;
};

/** A labelled text field in the content's language, with its errors next to it. */
export function TextField({ name, label, value, onChange, multiline, required, maxLength, readOnly, lang, dir, errorCodes, errors }: Props) {
  const errorId = `${name}-error`;
  const shared = {
    id: name,
    name,
    value,
    required,
    maxLength,
    readOnly,
    lang,
    dir,
    'aria-invalid': errorCodes ? true : undefined,
    'aria-describedby': describedBy(null, errorId, errorCodes),
  };
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...shared} onChange={(event) => onChange(event.target.value)} />
      )}
      <FieldError id={errorId} codes={errorCodes} errors={errors} />
    </div>
  );
}
