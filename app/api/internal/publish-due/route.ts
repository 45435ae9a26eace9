import { readEnv } from '@/lib/env';
import { publishDueTranslations } from '@/lib/editor/publish-due';
import { isSchedulerToken } from '@/lib/editor/scheduler-token';

export const dynamic = 'force-dynamic';

/** Called by the server's own publishing clock (lib/editor/publish-clock.ts), never by people. */
export async function POST(request: Request): Promise<Response> {
  if (!isSchedulerToken(readEnv().AUTH_SECRET, request.headers.get('x-forum-scheduler'))) {
    return Response.json({ error: 'This address is for the server itself.' }, { status: 403 });
  }
  const published = await publishDueTranslations();
  return Response.json({ published: published.length });
}
