import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { homePath } from '../i18n/paths';
import { buildAnnouncementMetadata, buildLocalizedPageMetadata, type AnnouncementPageInput } from './page-metadata';

const origin = 'https://forum.example.org';

beforeEach(() => vi.stubEnv('SITE_URL', origin));
afterEach(() => vi.unstubAllEnvs());

const reportEn: AnnouncementPageInput = {
  pageLocale: 'en',
  translation: {
    locale: 'en',
    slug: 'report-2024',
    title: 'Sub-Forum kicks off in Suzhou',
    summary: 'About 300 participants.',
    publishedAt: new Date('2024-09-10T10:00:00Z'),
    updatedAt: new Date('2024-09-11T08:30:00Z'),
  },
  sourceLocale: 'en',
  published: [
    { locale: 'en', slug: 'report-2024' },
    { locale: 'ru', slug: 'otchet-2024' },
  ],
  siteName: 'Forum Portal',
};

describe('buildAnnouncementMetadata', () => {
  it('sets a canonical URL, reciprocal hreflang with x-default and the feeds of the page locale', () => {
    const metadata = buildAnnouncementMetadata(reportEn);
    expect(metadata.alternates?.canonical).toBe(`${origin}/en/announcements/report-2024`);
    expect(metadata.alternates?.languages).toEqual({
      en: `${origin}/en/announcements/report-2024`,
      ru: `${origin}/ru/announcements/otchet-2024`,
      'x-default': `${origin}/en/announcements/report-2024`,
    });
    expect(metadata.alternates?.types?.['application/rss+xml']).toEqual([
      { url: `${origin}/en/rss.xml`, title: 'Forum Portal (RSS)' },
    ]);
    expect(metadata.robots).toBeUndefined();
  });

  it('describes an article for Open Graph and Twitter', () => {
    const metadata = buildAnnouncementMetadata(reportEn);
    expect(metadata.title).toBe('Sub-Forum kicks off in Suzhou');
    expect(metadata.description).toBe('About 300 participants.');
    expect(metadata.openGraph).toEqual({
      type: 'article',
      title: 'Sub-Forum kicks off in Suzhou',
      description: 'About 300 participants.',
      url: `${origin}/en/announcements/report-2024`,
      siteName: 'Forum Portal',
      locale: 'en_US',
      alternateLocale: ['ru_RU'],
      publishedTime: '2024-09-10T10:00:00.000Z',
      modifiedTime: '2024-09-11T08:30:00.000Z',
    });
    expect(metadata.twitter).toEqual({
      card: 'summary',
      title: 'Sub-Forum kicks off in Suzhou',
      description: 'About 300 participants.',
    });
  });

  it('gives the Russian page the same hreflang set and its own canonical and og:locale', () => {
    const metadata = buildAnnouncementMetadata({
      ...reportEn,
      pageLocale: 'ru',
      translation: { ...reportEn.translation, locale: 'ru', slug: 'otchet-2024', title: 'Подфорум' },
    });
    expect(metadata.alternates?.canonical).toBe(`${origin}/ru/announcements/otchet-2024`);
    expect(metadata.alternates?.languages).toEqual(buildAnnouncementMetadata(reportEn).alternates?.languages);
    expect(metadata.openGraph).toMatchObject({ locale: 'ru_RU', alternateLocale: ['en_US'] });
  });

  it('on a fallback page: noindex, canonical to the shown text, no hreflang, feeds of the reader locale', () => {
    const metadata = buildAnnouncementMetadata({ ...reportEn, pageLocale: 'ar' });
    expect(metadata.robots).toEqual({ index: false, follow: true });
    expect(metadata.alternates?.canonical).toBe(`${origin}/en/announcements/report-2024`);
    expect(metadata.alternates?.languages).toBeUndefined();
    expect(metadata.alternates?.types?.['application/atom+xml']).toEqual([
      { url: `${origin}/ar/atom.xml`, title: 'Forum Portal (Atom)' },
    ]);
    expect(metadata.openGraph).toMatchObject({ locale: 'en_US', url: `${origin}/en/announcements/report-2024` });
  });

  it('takes dates as ISO strings too, as cached records hold them', () => {
    const metadata = buildAnnouncementMetadata({
      ...reportEn,
      translation: { ...reportEn.translation, publishedAt: '2024-09-10T10:00:00.000Z', updatedAt: '2024-09-11T08:30:00Z' },
    });
    expect(metadata.openGraph).toMatchObject({
      publishedTime: '2024-09-10T10:00:00.000Z',
      modifiedTime: '2024-09-11T08:30:00.000Z',
    });
  });

  it('uses a large image card when there is an image', () => {
    const image = { url: `${origin}/media/cover.jpg`, alt: 'Delegates', width: 1200, height: 630 };
    const metadata = buildAnnouncementMetadata({ ...reportEn, image });
    expect(metadata.openGraph).toMatchObject({ images: [image] });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: image.url, alt: 'Delegates' }] });
  });
});

describe('buildLocalizedPageMetadata', () => {
  const home = (page: number) =>
    buildLocalizedPageMetadata({
      locale: 'zh',
      pathFor: (locale) => homePath(locale, page),
      title: '论坛门户',
      description: '全球公共安全合作论坛报道',
      siteName: '论坛门户',
    });

  it('links every locale with x-default on /en', () => {
    const metadata = home(1);
    expect(metadata.alternates?.canonical).toBe(`${origin}/zh`);
    expect(metadata.alternates?.languages).toMatchObject({
      en: `${origin}/en`,
      ar: `${origin}/ar`,
      zh: `${origin}/zh`,
      'x-default': `${origin}/en`,
    });
  });

  it('keeps the page number in canonical and alternates', () => {
    const metadata = home(2);
    expect(metadata.alternates?.canonical).toBe(`${origin}${homePath('zh', 2)}`);
    expect(metadata.alternates?.languages).toMatchObject({ 'x-default': `${origin}${homePath('en', 2)}` });
  });

  it('describes a website with the other locales as og:locale:alternate', () => {
    expect(home(1).openGraph).toMatchObject({
      type: 'website',
      locale: 'zh_CN',
      alternateLocale: ['en_US', 'ru_RU', 'fr_FR', 'de_DE', 'es_ES', 'ar_AR'],
      siteName: '论坛门户',
    });
    expect(home(1).robots).toBeUndefined();
  });

  it('can keep a page out of the index', () => {
    const metadata = buildLocalizedPageMetadata({
      locale: 'en',
      pathFor: (locale) => `/${locale}/search`,
      title: 'Search',
      description: 'Search',
      siteName: 'Forum Portal',
      noindex: true,
    });
    expect(metadata.robots).toEqual({ index: false, follow: true });
  });
});
