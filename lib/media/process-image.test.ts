import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { processCoverImage } from './process-image';
import { COVER_MAX_WIDTH, MAX_UPLOAD_BYTES } from './upload-rules';

const blue = { r: 30, g: 90, b: 160 };
const make = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: blue } });

/** A valid PNG whose header claims `width` × `height`: small on disk, enormous once decoded. */
async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const png = Buffer.from(await make(1, 1).png().toBuffer());
  // IHDR starts at byte 8: length (4), type (4), width (4), height (4), five more bytes, then its CRC.
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe('processCoverImage', () => {
  it.each([
    ['jpeg', 'image/jpeg', 'jpg'],
    ['png', 'image/png', 'png'],
    ['webp', 'image/webp', 'webp'],
    ['avif', 'image/avif', 'avif'],
  ] as const)('accepts %s and keeps its type', async (format, mimeType, extension) => {
    const result = await processCoverImage(await make(40, 30).toFormat(format).toBuffer());
    expect(result).toMatchObject({ ok: true, image: { mimeType, extension, width: 40, height: 30 } });
  });

  it('scales a wide image down to the maximum width, keeping its proportions', async () => {
    const result = await processCoverImage(await make(3200, 1000).png().toBuffer());
    expect(result).toMatchObject({ ok: true, image: { width: COVER_MAX_WIDTH, height: 500 } });
  });

  it('drops EXIF and other metadata, and turns a rotated photo upright', async () => {
    const photo = await make(40, 20).jpeg().withExif({ IFD0: { Copyright: 'Secret GPS camera' } }).withMetadata({ orientation: 6 }).toBuffer();
    const result = await processCoverImage(photo);
    if (!result.ok) throw new Error(result.error);
    const metadata = await sharp(result.image.bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(result.image.bytes.includes('Secret GPS camera')).toBe(false);
    expect([metadata.width, metadata.height]).toEqual([20, 40]);
  });

  it.each([
    ['text named like an image', Buffer.from('not an image, whatever the file name says')],
    ['a GIF', null],
    ['an SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')],
  ])('refuses %s by its bytes', async (_name, bytes) => {
    const input = bytes ?? (await make(10, 10).gif().toBuffer());
    expect(await processCoverImage(input)).toEqual({ ok: false, error: 'fileType' });
  });

  it('refuses a PNG whose header is fine but whose pixels are cut off', async () => {
    const png = await make(400, 300).png({ compressionLevel: 0 }).toBuffer();
    expect(await processCoverImage(png.subarray(0, 2000))).toEqual({ ok: false, error: 'fileType' });
  });

  it('refuses an image with absurd dimensions before decoding it', async () => {
    expect(await processCoverImage(await pngClaiming(50_000, 50_000))).toEqual({ ok: false, error: 'imageDimensions' });
  });

  it('refuses an empty file and a file over the size limit', async () => {
    expect(await processCoverImage(new Uint8Array())).toEqual({ ok: false, error: 'fileMissing' });
    expect(await processCoverImage(new Uint8Array(MAX_UPLOAD_BYTES + 1))).toEqual({ ok: false, error: 'fileTooLarge' });
  });
});
