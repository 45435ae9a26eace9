import { streamAnnouncementSectionDocument } from '@/lib/seo/sitemap-documents';
import { announcementSectionNameSchema } from '@/lib/seo/sitemap-sections';
import { notFoundResponse, xmlResponse } from '@/lib/seo/xml-response';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ name: string }> };

/** /sitemaps/{locale}-{year}.xml: the announcements of one locale published in one year. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const section = announcementSectionNameSchema.safeParse((await params).name);
  const document = section.success ? await streamAnnouncementSectionDocument(section.data) : null;
  return document ? xmlResponse(document) : notFoundResponse();
}
