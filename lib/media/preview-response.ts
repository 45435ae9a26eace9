import 'server-only';
import { getCurrentUser } from '../auth/current-user';
import { findCoverForPreview } from './cover-queries';
import { readMedia } from './storage';

// The editor's preview of an announcement's cover: drafts' covers are not served at /media, so the
// editor page shows them through this response, to signed-in people only, never cached by others.

export async function createCoverPreviewResponse(announcementId: string): Promise<Response> {
  const cover = await findCoverForPreview(await getCurrentUser(), announcementId);
  const file = cover ? await readMedia(cover.storageKey) : null;
  if (!cover || !file) {
    return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  return new Response(file.body, {
    headers: {
      'Content-Type': cover.mimeType,
      'Content-Length': String(file.byteSize),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
