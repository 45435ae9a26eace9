// The rules an uploaded cover image must meet, shared by the upload form (which checks the size
// before sending) and the server (which checks everything again).

/** The largest file accepted. next.config.ts lets a server action body be a little larger. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** Wider images are scaled down to this width; a reading column never shows more. */
export const COVER_MAX_WIDTH = 1600;

/**
 * The most pixels an upload may have (width × height), about a 60-megapixel photo. A small file
 * can claim enormous dimensions and expand to gigabytes when decoded (a decompression bomb).
 */
export const MAX_INPUT_PIXELS = 60_000_000;

/** The types the file picker offers; the server decides by the bytes, never by this or the name. */
export const ACCEPTED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const;

export const ALT_MAX = 500;
export const CAPTION_MAX = 1_000;
