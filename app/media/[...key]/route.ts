import { createMediaResponse } from '@/lib/media/media-response';

// Uploaded images at /media/{storage key}: outside the locale prefix, and proxy.ts leaves /media alone.
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ key: string[] }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return createMediaResponse((await params).key.join('/'));
}
