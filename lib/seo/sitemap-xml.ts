import type { HreflangMap } from './alternates';

// Sitemaps are written as text rather than built as one object tree, so a large section can be
// streamed entry by entry (see sitemap-stream.ts) instead of being held in memory whole.

export type SitemapUrl = { loc: string; lastModified?: Date; alternates?: HreflangMap };
export type SitemapLocation = { loc: string; lastModified?: Date };

const xmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML content and double- or single-quoted attributes. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => xmlEscapes[char] ?? char);
}

const lastmod = (date: Date | undefined) => (date ? `<lastmod>${date.toISOString()}</lastmod>` : '');

export const urlsetOpening =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n';

export const urlsetClosing = '</urlset>\n';

/** One <url> entry with its hreflang alternates (xhtml:link), itself included as the protocol asks. */
export function renderSitemapUrl(url: SitemapUrl): string {
  const links = Object.entries(url.alternates ?? {}).map(
    ([hreflang, href]) =>
      `<xhtml:link rel="alternate" hreflang="${escapeXml(hreflang)}" href="${escapeXml(href ?? '')}"/>`,
  );
  return `<url><loc>${escapeXml(url.loc)}</loc>${lastmod(url.lastModified)}${links.join('')}</url>\n`;
}

/** A whole <urlset>, for sections small enough to render at once. */
export function renderUrlset(urls: readonly SitemapUrl[]): string {
  return urlsetOpening + urls.map(renderSitemapUrl).join('') + urlsetClosing;
}

/** The sitemap index naming every section. */
export function renderSitemapIndex(sitemaps: readonly SitemapLocation[]): string {
  const entries = sitemaps.map(
    (sitemap) => `<sitemap><loc>${escapeXml(sitemap.loc)}</loc>${lastmod(sitemap.lastModified)}</sitemap>\n`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    entries.join('') +
    '</sitemapindex>\n'
  );
}
