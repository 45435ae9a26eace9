import { serializeJsonLd } from '@/lib/seo/news-article-json-ld';

/** Structured data for search engines; a plain <script> because it is data, not code to run. */
export function JsonLdScript({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
