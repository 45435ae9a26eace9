import 'server-only';
import { randomBytes } from 'node:crypto';
import { revalidateAnnouncement } from '../announcements/revalidate';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { failure, type ActionResult, type FieldErrors } from '../editor/errors';
import { isAllowed } from '../editor/permissions';
import { recordAudit } from '../editor/translation-store';
import { fieldErrorsOf } from '../editor/zod-errors';
import { isLocale } from '../i18n/locales';
import { deleteUnusedMedia, findCoveredAnnouncement, removeFilesAfterCommit } from './cover-store';
import { processCoverImage, type ProcessedImage } from './process-image';
import { altField, coverUploadSchema, textsOf, type CoverUploadForm } from './schema';
import { removeMedia, writeMedia } from './storage';
import { MAX_UPLOAD_BYTES } from './upload-rules';

// Uploading a cover image, or replacing the current one. The file is stored first, then the rows
// are written in one transaction; when that fails, the file is removed again, so a failed upload
// leaves neither a row without its file nor a file without its row.

export type UploadOutcome = { mediaId: string };

/** Every language the announcement has a text in needs an alt text: readers of it see the image. */
function missingAlts(form: CoverUploadForm, translated: string[]): FieldErrors | null {
  const missing = translated.filter(isLocale).filter((locale) => form[altField(locale)] === '');
  return missing.length > 0 ? Object.fromEntries(missing.map((locale) => [altField(locale), ['required' as const]])) : null;
}

/** The file's bytes processed; one over the limit is refused by its size, without reading it. */
async function processUpload(file: Blob | null) {
  if (file && file.size > MAX_UPLOAD_BYTES) return { ok: false as const, error: 'fileTooLarge' as const };
  return processCoverImage(file ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array());
}

/** A new key per upload: a served file never changes, so it may be cached for a year. */
function newStorageKey(image: ProcessedImage): string {
  return `covers/${randomBytes(16).toString('hex')}.${image.extension}`;
}

async function writeRows(actor: EditorUser, form: CoverUploadForm, image: ProcessedImage, storageKey: string) {
  return getPrisma().$transaction(async (tx) => {
    const announcement = await findCoveredAnnouncement(tx, form.announcementId);
    if (!announcement) return { result: failure('notFound'), removed: null };
    const texts = textsOf(form).filter((text) => text.alt !== '');
    const media = await tx.media.create({
      data: {
        storageKey,
        mimeType: image.mimeType,
        byteSize: image.bytes.byteLength,
        width: image.width,
        height: image.height,
        uploadedById: actor.id,
        translations: { create: texts },
      },
      select: { id: true },
    });
    await tx.announcement.update({ where: { id: announcement.id }, data: { coverMediaId: media.id } });
    const previous = announcement.coverMediaId;
    const removed = previous ? await deleteUnusedMedia(tx, previous) : null;
    await recordAudit(
      tx,
      actor.id,
      previous ? 'media.replace' : 'media.upload',
      announcement.id,
      { mediaId: media.id, replacedMediaId: previous, storageKey, width: image.width, height: image.height, byteSize: image.bytes.byteLength },
      'announcement',
    );
    return { result: { ok: true as const, mediaId: media.id }, removed };
  });
}

/** Checks, processes and stores an uploaded cover with its alt texts and captions. */
export async function uploadCover(actor: EditorUser | null, input: unknown, file: Blob | null): Promise<ActionResult<UploadOutcome>> {
  if (!actor) return failure('signedOut');
  if (!isAllowed(actor, 'media.upload')) return failure('forbidden');
  const parsed = coverUploadSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', fieldErrorsOf(parsed.error));
  const form = parsed.data;
  const announcement = await getPrisma().announcement.findFirst({
    where: { id: form.announcementId, deletedAt: null },
    select: { translations: { select: { locale: true } } },
  });
  if (!announcement) return failure('notFound');
  const altErrors = missingAlts(form, announcement.translations.map((translation) => translation.locale));
  const processed = await processUpload(file);
  if (!processed.ok) return failure(processed.error, { ...altErrors, file: [processed.error] });
  if (altErrors) return failure('invalid', altErrors);

  const storageKey = newStorageKey(processed.image);
  await writeMedia(storageKey, processed.image.bytes);
  let written: Awaited<ReturnType<typeof writeRows>>;
  try {
    written = await writeRows(actor, form, processed.image, storageKey);
  } catch (error) {
    await removeMedia(storageKey);
    throw error;
  }
  if (!written.result.ok) {
    await removeMedia(storageKey);
    return written.result;
  }
  await removeFilesAfterCommit([written.removed]);
  revalidateAnnouncement(form.announcementId);
  return written.result;
}
