import { renderPagesSitemapDocument } from '@/lib/seo/sitemap-documents';
import { xmlResponse } from '@/lib/seo/xml-response';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return xmlResponse(await renderPagesSitemapDocument());
}
