import 'server-only';
import { findPublicMedia } from './queries';
import { isMediaKey, readMedia } from './storage';

// A file is public once it is the cover of a live announcement; anything else, including a key
// that could leave the media folder, is a 404. Keys are unique per upload (a new image gets a new
// key), so a served file never changes: browsers and CDNs may keep it for a year without asking.

const publicHeaders = {
  'Cache-Control': 'public, max-age=31536000, immutable',
  'X-Content-Type-Options': 'nosniff',
  // An uploaded SVG opened on its own must not run script on this origin.
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
};

function notFoundResponse(): Response {
  // Not cached: the file may become public with the next publication.
  return new Response('Not found\n', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** The response to /media/{key}: the file with its stored type, or a 404. */
export async function createMediaResponse(key: string): Promise<Response> {
  if (!isMediaKey(key)) return notFoundResponse();
  const media = await findPublicMedia(key);
  const file = media ? await readMedia(key) : null;
  if (!media || !file) return notFoundResponse();
  return new Response(file.body, {
    headers: { ...publicHeaders, 'Content-Type': media.mimeType, 'Content-Length': String(file.byteSize) },
  });
}
