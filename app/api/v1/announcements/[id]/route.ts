import { respondWithAnnouncement } from '@/lib/api/handlers';

type Context = { params: Promise<{ id: string }> };

/** One announcement with all its published translations (see README, "JSON API"). */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return respondWithAnnouncement(await params);
}
