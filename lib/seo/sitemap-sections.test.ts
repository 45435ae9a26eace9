import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { locales } from '../i18n/locales';
import {
  announcementSectionNameSchema,
  announcementSectionPath,
  buildAnnouncementSitemapUrl,
  buildPagesSitemapUrls,
  sectionTimeRange,
} from './sitemap-sections';

const origin = 'https://forum.example.org';

beforeEach(() => vi.stubEnv('SITE_URL', origin));
afterEach(() => vi.unstubAllEnvs());

describe('announcement sections', () => {
  it('round-trips a section through its file name', () => {
    const path = announcementSectionPath({ locale: 'zh', year: 2024 });
    expect(path).toBe('/sitemaps/zh-2024.xml');
    expect(announcementSectionNameSchema.parse('zh-2024.xml')).toEqual({ locale: 'zh', year: 2024 });
  });

  it.each(['xx-2024.xml', 'en-24.xml', 'en-2024', 'en-2024.xml.gz', '../en-2024.xml', 'en-0999.xml', 'EN-2024.xml'])(
    'refuses %s',
    (name) => {
      expect(announcementSectionNameSchema.safeParse(name).success).toBe(false);
    },
  );

  it('covers one UTC calendar year', () => {
    expect(sectionTimeRange(2024)).toEqual({
      from: new Date('2024-01-01T00:00:00Z'),
      to: new Date('2025-01-01T00:00:00Z'),
    });
  });
});

describe('buildAnnouncementSitemapUrl', () => {
  it('lists the page with every published translation and x-default as alternates', () => {
    const published = [
      { locale: 'en' as const, slug: 'report' },
      { locale: 'ru' as const, slug: 'otchet' },
    ];
    const updatedAt = new Date('2024-09-11T00:00:00Z');
    expect(buildAnnouncementSitemapUrl({ locale: 'ru', slug: 'otchet', updatedAt, sourceLocale: 'en', published })).toEqual({
      loc: `${origin}/ru/announcements/otchet`,
      lastModified: updatedAt,
      alternates: {
        en: `${origin}/en/announcements/report`,
        ru: `${origin}/ru/announcements/otchet`,
        'x-default': `${origin}/en/announcements/report`,
      },
    });
  });
});

describe('buildPagesSitemapUrls', () => {
  const build = () => buildPagesSitemapUrls({ events: ['forum-2024'], topics: ['border-security', 'migration'] });

  it('lists home, events, each event and each topic in every locale', () => {
    const urls = build();
    expect(urls).toHaveLength(5 * locales.length);
    expect(urls.map((url) => url.loc)).toEqual(
      expect.arrayContaining([`${origin}/ar`, `${origin}/zh/events`, `${origin}/fr/events/forum-2024`, `${origin}/de/topics/migration`]),
    );
  });

  it('links each page to all its locales with x-default on English', () => {
    const topic = build().find((url) => url.loc === `${origin}/es/topics/border-security`);
    expect(Object.keys(topic?.alternates ?? {})).toEqual([...locales, 'x-default']);
    expect(topic?.alternates?.['x-default']).toBe(`${origin}/en/topics/border-security`);
  });
});
