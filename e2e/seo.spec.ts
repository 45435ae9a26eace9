import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Locale } from '../lib/i18n/locales';
import { announcementPath, feedPath } from '../lib/i18n/paths';
import { readAtom, readRss, readSitemap, readSitemapIndex, type SitemapEntry } from '../lib/testing/read-xml';
import { loadDemoContent } from '../prisma/seed/load-content';
import { seededTitles } from './demo-titles';

// Machine-readable output against the seeded demo: sitemap, robots.txt, feeds. The 2024 report has
// en (source) and ru, the chair's statement zh only, the 2025 report fr (source) and de.
const demo = loadDemoContent().announcements;

async function getText(request: APIRequestContext, path: string, contentType: RegExp): Promise<string> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type']).toMatch(contentType);
  return response.text();
}

async function readWholeSitemap(request: APIRequestContext): Promise<SitemapEntry[]> {
  const sections = readSitemapIndex(await getText(request, '/sitemap.xml', /^application\/xml/));
  const entries = await Promise.all(
    sections.map(async (section) => readSitemap(await getText(request, new URL(section).pathname, /^application\/xml/))),
  );
  return entries.flat();
}

test('robots.txt opens the site, closes the API and editor, and names the sitemap', async ({ request, baseURL }) => {
  const robots = await getText(request, '/robots.txt', /^text\/plain/);
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).toMatch(/^Allow: \/$/m);
  expect(robots).toMatch(/^Disallow: \/api\/$/m);
  expect(robots).toMatch(/^Disallow: \/ar\/editor$/m);
});

test('the sitemap lists every seeded translation with reciprocal hreflang alternates', async ({ request, baseURL }) => {
  const entries = await readWholeSitemap(request);
  const byLoc = new Map(entries.map((entry) => [entry.loc, entry]));
  for (const announcement of demo) {
    const expected: Record<string, string> = {};
    for (const translation of announcement.translations) {
      expected[translation.locale] = `${baseURL}${announcementPath(translation.locale, translation.slug)}`;
    }
    const source = announcement.translations.find((translation) => translation.locale === announcement.sourceLocale);
    expected['x-default'] = `${baseURL}${announcementPath(announcement.sourceLocale, source?.slug ?? '')}`;
    for (const translation of announcement.translations) {
      const entry = byLoc.get(`${baseURL}${announcementPath(translation.locale, translation.slug)}`);
      expect(entry?.alternates, `${translation.locale} ${translation.slug}`).toEqual(expected);
    }
  }
  // Every page an entry names as an alternate names the entry back (reciprocity across the sitemap).
  for (const entry of entries) {
    const ownLanguage = Object.entries(entry.alternates).find(([lang, href]) => lang !== 'x-default' && href === entry.loc)?.[0];
    expect(ownLanguage, `${entry.loc} lists itself`).toBeDefined();
    for (const [hreflang, href] of Object.entries(entry.alternates)) {
      if (hreflang === 'x-default' || href === entry.loc) continue;
      expect(byLoc.get(href)?.alternates[ownLanguage ?? ''], `${href} links back to ${entry.loc}`).toBe(entry.loc);
    }
  }
  // No address for a locale without a translation (e.g. the English report under /ar or /zh).
  const english = demo[0]?.translations.find((translation) => translation.locale === 'en');
  expect(entries.map((entry) => entry.loc)).not.toContain(`${baseURL}${announcementPath('ar', english?.slug ?? '')}`);
  expect(entries.map((entry) => entry.loc)).toEqual(expect.arrayContaining([`${baseURL}/en`, `${baseURL}/zh`, `${baseURL}/ar`]));
});

test('an unknown sitemap section is a 404', async ({ request }) => {
  expect((await request.get('/sitemaps/xx-2024.xml')).status()).toBe(404);
});

const feedLocales: Locale[] = ['en', 'zh', 'ar', 'ru', 'fr'];

for (const locale of feedLocales) {
  test(`/${locale}/rss.xml and /${locale}/atom.xml list the titles published in ${locale}`, async ({ request, baseURL }) => {
    const titles = seededTitles(locale);
    const rss = readRss(await getText(request, feedPath(locale, 'rss'), /^application\/rss\+xml/));
    expect(rss.language).toBe(locale);
    expect(rss.link).toBe(`${baseURL}/${locale}`);
    expect(rss.item.map((item) => item.title)).toEqual(titles);
    for (const item of rss.item) expect(item.link).toMatch(new RegExp(`^${baseURL}/${locale}/announcements/[a-z0-9-]+$`));

    const atom = readAtom(await getText(request, feedPath(locale, 'atom'), /^application\/atom\+xml/));
    expect(atom['@xml:lang']).toBe(locale);
    expect(atom.entry.map((entry) => entry.link[0]?.['@href'])).toEqual(rss.item.map((item) => item.link));
    expect(atom.entry).toHaveLength(titles.length);
  });
}

test('a feed of an unknown locale is a 404', async ({ request }) => {
  expect((await request.get('/xx/rss.xml')).status()).toBe(404);
  expect((await request.get('/xx/atom.xml')).status()).toBe(404);
});
