import { createHmac, timingSafeEqual } from 'node:crypto';

// The in-process publishing clock calls its own server over HTTP (Next expires cached pages only
// inside a request); this token, derived from AUTH_SECRET, shows the call comes from the server.
export function schedulerToken(secret: string): string {
  return createHmac('sha256', secret).update('forum-portal:publish-due').digest('base64url');
}

export function isSchedulerToken(secret: string | undefined, presented: string | null): boolean {
  if (!secret || !presented) return false;
  const expected = Buffer.from(schedulerToken(secret));
  const given = Buffer.from(presented);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
