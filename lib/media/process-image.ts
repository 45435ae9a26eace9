import sharp, { type Metadata, type Sharp, type SharpOptions } from 'sharp';
import { COVER_MAX_WIDTH, MAX_INPUT_PIXELS, MAX_UPLOAD_BYTES } from './upload-rules';

// Turns an uploaded file into the cover image that is stored: the type is read from the bytes
// (a name or a browser's claim proves nothing), absurd dimensions are refused before decoding,
// and the image is decoded, turned upright, scaled down and encoded anew. Re-encoding drops
// EXIF (camera, GPS position) and anything else hidden in the file.

export type ImageRefusal = 'fileMissing' | 'fileTooLarge' | 'fileType' | 'imageDimensions';

export type ProcessedImage = { bytes: Buffer; mimeType: string; extension: string; width: number; height: number };

type Output = { mimeType: string; extension: string; encode: (image: Sharp) => Sharp };

const outputs = {
  jpeg: { mimeType: 'image/jpeg', extension: 'jpg', encode: (image) => image.jpeg({ quality: 82, mozjpeg: true }) },
  png: { mimeType: 'image/png', extension: 'png', encode: (image) => image.png({ compressionLevel: 9 }) },
  webp: { mimeType: 'image/webp', extension: 'webp', encode: (image) => image.webp({ quality: 80 }) },
  // AVIF encoding is slow; a low effort keeps an upload within a few seconds on two cores.
  avif: { mimeType: 'image/avif', extension: 'avif', encode: (image) => image.avif({ quality: 55, effort: 2 }) },
} satisfies Record<string, Output>;

/** The accepted format sharp recognised in the bytes, or null (AVIF is HEIF compressed with AV1). */
function acceptedFormat(metadata: Metadata): keyof typeof outputs | null {
  if (metadata.format === 'jpeg' || metadata.format === 'png' || metadata.format === 'webp') return metadata.format;
  if (metadata.format === 'heif' && metadata.compression === 'av1') return 'avif';
  return null;
}

const readOptions: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' };

/** The image to store, or why the upload is refused. */
export async function processCoverImage(input: Uint8Array): Promise<{ ok: true; image: ProcessedImage } | { ok: false; error: ImageRefusal }> {
  if (input.byteLength === 0) return { ok: false, error: 'fileMissing' };
  if (input.byteLength > MAX_UPLOAD_BYTES) return { ok: false, error: 'fileTooLarge' };
  // Reading the header decodes nothing; sharp's pixel limit would make a bomb look like a non-image.
  const metadata = await sharp(input, { limitInputPixels: false }).metadata().catch(() => null);
  const format = metadata ? acceptedFormat(metadata) : null;
  if (!metadata || !format) return { ok: false, error: 'fileType' };
  // The header alone tells the size; refuse before a single pixel is decoded.
  if (!metadata.width || !metadata.height || metadata.width * metadata.height > MAX_INPUT_PIXELS) {
    return { ok: false, error: 'imageDimensions' };
  }
  const output = outputs[format];
  const pipeline = sharp(input, readOptions)
    .timeout({ seconds: 30 })
    .autoOrient()
    .resize({ width: COVER_MAX_WIDTH, withoutEnlargement: true });
  try {
    const { data, info } = await output.encode(pipeline).toBuffer({ resolveWithObject: true });
    return { ok: true, image: { bytes: data, mimeType: output.mimeType, extension: output.extension, width: info.width, height: info.height } };
  } catch {
    // A file whose header is fine but whose pixel data is broken or truncated.
    return { ok: false, error: 'fileType' };
  }
}
