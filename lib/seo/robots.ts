import type { MetadataRoute } from 'next';
import { locales } from '../i18n/locales';
import { sitemapIndexPath } from './sitemap-sections';
import { absoluteUrl } from './site-url';

/**
 * Crawl rules. Everything public is open; closed are
 * - /api/: the JSON API repeats the pages' content for programs (and /api/auth is sign-in); crawling it
 *   only spends crawl budget, and API clients do not read robots.txt anyway;
 * - /{locale}/editor: the editor interface, behind a sign-in, nothing to index;
 * - /{locale}/search?…: result pages are an endless URL space; the bare search form stays open.
 * Paths are spelled out per locale: a wildcard pattern for the editor would also match announcement
 * slugs such as /en/announcements/editorial-….
 */
export function buildRobots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      disallow: ['/api/', ...locales.map((locale) => `/${locale}/editor`), ...locales.map((locale) => `/${locale}/search?`)],
    },
    sitemap: absoluteUrl(sitemapIndexPath),
  };
}
