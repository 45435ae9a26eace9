'use server';

import { getCurrentUser } from '../auth/current-user';
import type { ActionResult } from '../editor/errors';
import { formDataToObject } from '../editor/form-values';
import { removeCover, saveCoverText } from './cover-writes';
import { uploadCover, type UploadOutcome } from './upload-cover';

// The cover image's server actions, shaped for useActionState like lib/editor/actions.ts.

type Previous = ActionResult<object> | null;

export async function uploadCoverAction(_previous: Previous, form: FormData): Promise<ActionResult<UploadOutcome>> {
  const file = form.get('file');
  return uploadCover(await getCurrentUser(), formDataToObject(form), file instanceof Blob ? file : null);
}

export async function saveCoverTextAction(_previous: Previous, form: FormData): Promise<ActionResult> {
  return saveCoverText(await getCurrentUser(), formDataToObject(form));
}

export async function removeCoverAction(_previous: Previous, form: FormData): Promise<ActionResult> {
  return removeCover(await getCurrentUser(), formDataToObject(form));
}
