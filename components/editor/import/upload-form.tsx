'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';
import type { ActionResult } from '@/lib/editor/errors';
import { MAX_IMPORT_BYTES } from '@/lib/import/decode';
import { MAX_IMPORT_FILES } from '@/lib/import/schema';
import { describedBy, FieldError, fieldErrorsOf, FormMessage, type ErrorTexts } from '../announcement/form-feedback';
import { submitKept } from '../announcement/submit-kept';

type Props = {
  dispatch: (form: FormData) => void;
  pending: boolean;
  state: ActionResult<object> | null;
  errorTexts: ErrorTexts;
};

/** Files (several at once) and a text box for a pasted report; "Preview" writes nothing. */
export function UploadForm({ dispatch, pending, state, errorTexts }: Props) {
  const t = useTranslations('EditorImport');
  const id = useId();
  const errors = fieldErrorsOf(state);
  return (
    <form className="editor-form" action={dispatch} onSubmit={submitKept(dispatch)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-files`}>{t('fieldFiles')}</label>
        <input
          id={`${id}-files`}
          type="file"
          name="files"
          multiple
          accept=".txt,.text,.md,text/plain"
          aria-describedby={describedBy(`${id}-files-hint`, errors.files && `${id}-files-error`)}
          aria-invalid={errors.files ? true : undefined}
        />
        <p id={`${id}-files-hint`} className="field-hint">
          {t('filesHint', { maxFiles: MAX_IMPORT_FILES, maxMegabytes: MAX_IMPORT_BYTES / 1024 / 1024 })}
        </p>
        <FieldError id={`${id}-files-error`} codes={errors.files} texts={errorTexts} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('fieldText')}</label>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={6}
          aria-describedby={describedBy(errors.text && `${id}-text-error`)}
          aria-invalid={errors.text ? true : undefined}
        />
        <FieldError id={`${id}-text-error`} codes={errors.text} texts={errorTexts} />
      </div>
      <FormMessage error={state && !state.ok ? errorTexts[state.error] : null} />
      <button type="submit" disabled={pending}>
        {pending ? t('previewing') : t('preview')}
      </button>
    </form>
  );
}
