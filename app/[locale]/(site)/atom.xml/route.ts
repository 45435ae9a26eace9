import { createFeedResponse } from '@/lib/seo/feed-response';

// Read at request time: the database is not there at build time.
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ locale: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return createFeedResponse((await params).locale, 'atom');
}
