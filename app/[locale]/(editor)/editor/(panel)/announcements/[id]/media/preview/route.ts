import { createCoverPreviewResponse } from '@/lib/media/preview-response';

// The cover image of an announcement as the editor previews it (signed-in people only).
export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ locale: string; id: string }> };

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return createCoverPreviewResponse((await params).id);
}
