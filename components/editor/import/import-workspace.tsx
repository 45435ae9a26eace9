'use client';

import { useActionState } from 'react';
import { previewImportAction } from '@/lib/editor/actions';
import { failure, type ActionResult } from '@/lib/editor/errors';
import type { ImportPreviewResult } from '@/lib/editor/import-preview';
import { pathErrorsOf } from '@/lib/editor/zod-errors';
import { importUploadSchema } from '@/lib/import/schema';
import type { Locale } from '@/lib/i18n/locales';
import { callSafely } from '../announcement/submit-kept';
import type { ErrorTexts } from '../announcement/form-feedback';
import { ImportReview } from './import-review';
import { UploadForm } from './upload-form';

type Previewed = ActionResult<ImportPreviewResult>;

// Checked here with the action's own schema, so a batch that is too large is refused before it is sent.
async function previewChecked(previous: Previewed | null, form: FormData): Promise<Previewed> {
  const parsed = importUploadSchema.safeParse({ files: form.getAll('files'), text: form.get('text') ?? undefined });
  if (!parsed.success) return failure('invalid', pathErrorsOf(parsed.error));
  return callSafely(() => previewImportAction(previous, form));
}

/** The import screen: files or pasted text in, then the preview of a batch and its confirmation. */
export function ImportWorkspace({ uiLocale, errorTexts }: { uiLocale: Locale; errorTexts: ErrorTexts }) {
  const [state, dispatch, pending] = useActionState(previewChecked, null);
  return (
    <>
      <UploadForm dispatch={dispatch} pending={pending} state={state} errorTexts={errorTexts} />
      {state?.ok ? <ImportReview key={state.token} uiLocale={uiLocale} token={state.token} preview={state.preview} errorTexts={errorTexts} /> : null}
    </>
  );
}
