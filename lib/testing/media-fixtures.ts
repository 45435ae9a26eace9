import sharp from 'sharp';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import type { Locale } from '../i18n/locales';
import { expectOk } from './editor-workflow-fixtures';
import { uploadCover } from '../media/upload-cover';

// Cover images for the integration tests, uploaded through the editor's own function. The files go
// to DATA_DIR/media: a test stubs DATA_DIR to a temporary folder first.

/** A plain-colour PNG of the given size, as a file input would send it. */
export async function samplePng(width = 64, height = 32): Promise<Blob> {
  const bytes = await sharp({ create: { width, height, channels: 3, background: { r: 30, g: 90, b: 160 } } }).png().toBuffer();
  return new Blob([new Uint8Array(bytes)], { type: 'image/png' });
}

/** The upload form's fields with an alt text for each of `locales`. */
export function uploadFields(announcementId: string, locales: readonly Locale[], label = 'Cover'): Record<string, string> {
  return { announcementId, ...Object.fromEntries(locales.map((locale) => [`alt_${locale}`, `${label} (${locale})`])) };
}

/** Uploads a sample cover as `actor`, with alt texts in `locales`; returns the new media id. */
export async function uploadSampleCover(actor: EditorUser, announcementId: string, locales: readonly Locale[]): Promise<string> {
  return expectOk(await uploadCover(actor, uploadFields(announcementId, locales), await samplePng())).mediaId;
}

/** The announcement's cover as stored: media row, file key and texts, or null. */
export async function readCover(announcementId: string) {
  const announcement = await getPrisma().announcement.findUniqueOrThrow({
    where: { id: announcementId },
    select: {
      coverMedia: {
        select: {
          id: true,
          storageKey: true,
          mimeType: true,
          byteSize: true,
          width: true,
          height: true,
          uploadedById: true,
          translations: { orderBy: { locale: 'asc' }, select: { locale: true, alt: true, caption: true } },
        },
      },
    },
  });
  return announcement.coverMedia;
}
