import { renderSitemapIndexDocument } from '@/lib/seo/sitemap-documents';
import { xmlResponse } from '@/lib/seo/xml-response';

// Read at request time: the database is not there at build time, and SITE_URL may differ per deployment.
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  return xmlResponse(await renderSitemapIndexDocument());
}
