'use server';

import { getCurrentUser } from '../auth/current-user';
import { resolveAnnouncementReference } from './announcement-queries';
import { createAnnouncement, deleteAnnouncement, updateAnnouncementMetadata } from './announcement-writes';
import type { ActionResult } from './errors';
import { formDataToObject } from './form-values';
import { confirmImport, type ImportConfirmResult } from './import-confirm';
import { previewImport, type ImportPreviewResult } from './import-preview';
import { recleanImportText } from './import-reclean';
import { restoreRevision } from './restore-revision';
import { saveTranslation, type SaveOutcome } from './save-translation';
import {
  archiveTranslation,
  publishTranslation,
  reopenTranslation,
  scheduleTranslation,
  submitForReview,
  unpublishTranslation,
  type StepOutcome,
} from './translation-steps';

// The editor's server actions, shaped for useActionState: (previous state, form data) → result.
// Each reads the signed-in user from the database and hands over to a function that checks the
// role, validates with the form's schema and writes in one transaction.

type Previous = ActionResult<object> | null;

export async function saveTranslationAction(_previous: Previous, form: FormData): Promise<ActionResult<SaveOutcome>> {
  return saveTranslation(await getCurrentUser(), formDataToObject(form));
}

export async function restoreRevisionAction(_previous: Previous, form: FormData): Promise<ActionResult<SaveOutcome>> {
  return restoreRevision(await getCurrentUser(), formDataToObject(form));
}

export async function submitForReviewAction(_previous: Previous, form: FormData): Promise<ActionResult<StepOutcome>> {
  return submitForReview(await getCurrentUser(), formDataToObject(form));
}

export async function publishTranslationAction(_previous: Previous, form: FormData): Promise<ActionResult<StepOutcome>> {
  return publishTranslation(await getCurrentUser(), formDataToObject(form));
}

export async function scheduleTranslationAction(_previous: Previous, form: FormData): Promise<ActionResult<StepOutcome>> {
  return scheduleTranslation(await getCurrentUser(), formDataToObject(form));
}

export async function unpublishTranslationAction(_previous: Previous, form: FormData): Promise<ActionResult<StepOutcome>> {
  return unpublishTranslation(await getCurrentUser(), formDataToObject(form));
}

export async function archiveTranslationAction(_previous: Previous, form: FormData): Promise<ActionResult<StepOutcome>> {
  return archiveTranslation(await getCurrentUser(), formDataToObject(form));
}

export async function reopenTranslationAction(_previous: Previous, form: FormData): Promise<ActionResult<StepOutcome>> {
  return reopenTranslation(await getCurrentUser(), formDataToObject(form));
}

export async function createAnnouncementAction(_previous: Previous, form: FormData): Promise<ActionResult<{ announcementId: string }>> {
  return createAnnouncement(await getCurrentUser(), formDataToObject(form));
}

export async function updateAnnouncementMetadataAction(_previous: Previous, form: FormData): Promise<ActionResult<{ version: number }>> {
  const user = await getCurrentUser();
  const values = formDataToObject(form);
  // "Superseded by" also takes the newer announcement's public address, as copied from the browser.
  const supersededById = user ? await resolveAnnouncementReference(values.supersededById) : values.supersededById;
  return updateAnnouncementMetadata(user, { ...values, supersededById });
}

export async function deleteAnnouncementAction(_previous: Previous, form: FormData): Promise<ActionResult> {
  return deleteAnnouncement(await getCurrentUser(), formDataToObject(form));
}

export async function previewImportAction(_previous: Previous, form: FormData): Promise<ActionResult<ImportPreviewResult>> {
  return previewImport(await getCurrentUser(), { files: form.getAll('files'), text: form.get('text') ?? undefined });
}

/** Takes the import screen's edited texts as an object: a list of announcements, each a list of texts. */
export async function confirmImportAction(_previous: Previous, input: unknown): Promise<ActionResult<ImportConfirmResult>> {
  return confirmImport(await getCurrentUser(), input);
}

/** Cleans a previewed text again for the language the editor chose; writes nothing. */
export async function recleanImportTextAction(input: unknown): Promise<Awaited<ReturnType<typeof recleanImportText>>> {
  return recleanImportText(await getCurrentUser(), input);
}
