import { expect, test, type Page } from '@playwright/test';
import { locales, type Locale } from '../lib/i18n/locales';
import { announcementPath, feedPath } from '../lib/i18n/paths';
import { loadDemoContent } from '../prisma/seed/load-content';

// Head tags of the reading pages against the seeded demo: the 2024 report in en (source) and ru,
// the chair's statement in zh only.
const demo = loadDemoContent().announcements;
const report = demo.find((announcement) => announcement.sourceLocale === 'en');
const slugOf = (locale: Locale) => report?.translations.find((translation) => translation.locale === locale)?.slug ?? '';

async function readHead(page: Page) {
  const head = page.locator('head');
  const hreflang = await head.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
    Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
  );
  const meta = (property: string) =>
    head.locator(`meta[property="${property}"]`).evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')));
  return {
    canonical: (await head.locator('link[rel="canonical"]').evaluateAll((links) => links.map((link) => link.getAttribute('href'))))[0],
    hreflang,
    ogLocale: await meta('og:locale'),
    ogLocaleAlternate: await meta('og:locale:alternate'),
    robots: (await head.locator('meta[name="robots"]').evaluateAll((tags) => tags.map((tag) => tag.getAttribute('content')))).join(', '),
  };
}

test('the en and ru pages of the 2024 report name each other in hreflang, with x-default on en', async ({ page, baseURL }) => {
  const en = `${baseURL}${announcementPath('en', slugOf('en'))}`;
  const ru = `${baseURL}${announcementPath('ru', slugOf('ru'))}`;
  const expected = { en, ru, 'x-default': en };

  await page.goto(announcementPath('en', slugOf('en')));
  const englishHead = await readHead(page);
  expect(englishHead).toMatchObject({ canonical: en, hreflang: expected, ogLocale: ['en_US'], ogLocaleAlternate: ['ru_RU'] });

  await page.goto(announcementPath('ru', slugOf('ru')));
  const russianHead = await readHead(page);
  expect(russianHead).toMatchObject({ canonical: ru, hreflang: expected, ogLocale: ['ru_RU'], ogLocaleAlternate: ['en_US'] });
  await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    `${baseURL}${feedPath('ru', 'rss')}`,
  );
});

test('the announcement page carries NewsArticle JSON-LD that parses', async ({ page, baseURL }) => {
  await page.goto(announcementPath('en', slugOf('en')));
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const articles = scripts.map((text) => JSON.parse(text) as Record<string, unknown>).filter((data) => data['@type'] === 'NewsArticle');
  expect(articles).toHaveLength(1);
  expect(articles[0]).toMatchObject({
    '@context': 'https://schema.org',
    headline: report?.translations.find((translation) => translation.locale === 'en')?.title,
    inLanguage: 'en',
    url: `${baseURL}${announcementPath('en', slugOf('en'))}`,
    about: { '@type': 'Event' },
  });
});

test('a fallback page is noindex, canonical to the source and lists no hreflang', async ({ page, baseURL }) => {
  await page.goto(announcementPath('ar', slugOf('en')));
  const head = await readHead(page);
  expect(head.robots).toMatch(/noindex/);
  expect(head.canonical).toBe(`${baseURL}${announcementPath('en', slugOf('en'))}`);
  expect(head.hreflang).toEqual({});
});

test('home pages list every locale in hreflang with x-default on /en', async ({ page, baseURL }) => {
  for (const locale of ['en', 'zh', 'ar'] as const) {
    await page.goto(`/${locale}`);
    const head = await readHead(page);
    expect(head.canonical).toBe(`${baseURL}/${locale}`);
    expect(head.hreflang).toEqual({
      ...Object.fromEntries(locales.map((other) => [other, `${baseURL}/${other}`])),
      'x-default': `${baseURL}/en`,
    });
  }
});
