import { readEnv } from '../env';
import { schedulerToken } from './scheduler-token';

const TICK_MS = 5_000;

/**
 * Scheduled translations go live without anybody acting and without a cron job: every server
 * process asks itself every few seconds to publish what is due. The work happens in a route
 * handler because Next expires cached pages (revalidateTag) only inside a request. Publishing is
 * one UPDATE, so several instances ticking at once publish each translation once.
 */
export function startPublishClock(): void {
  const { AUTH_SECRET } = readEnv();
  if (!AUTH_SECRET) return;
  const token = schedulerToken(AUTH_SECRET);
  const tick = async (): Promise<void> => {
    const port = process.env.PORT;
    if (!port) return;
    await fetch(`http://127.0.0.1:${port}/api/internal/publish-due`, {
      method: 'POST',
      headers: { 'x-forum-scheduler': token },
      signal: AbortSignal.timeout(TICK_MS),
    }).catch(() => undefined);
  };
  setInterval(() => void tick(), TICK_MS).unref();
}
