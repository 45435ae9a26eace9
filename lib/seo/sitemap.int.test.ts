import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getPrisma } from '../db/client';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import { createFixtureAnnouncement, createRunTag, type CreatedAnnouncement } from '../testing/announcement-fixtures';
import { readSitemap, readSitemapIndex } from '../testing/read-xml';
import { testDatabaseUrl } from '../testing/test-database';
import {
  renderPagesSitemapDocument,
  renderSitemapIndexDocument,
  streamAnnouncementSectionDocument,
} from './sitemap-documents';
import { listAnnouncementSections, readSectionBatch, streamSectionTranslations } from './sitemap-queries';
import type { AnnouncementSection } from './sitemap-sections';

// 'server-only' refuses to load outside React's server environment; the queries are plain Node here.
vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

const origin = 'https://sitemap.test';
// Years nobody else's fixtures use: their sections hold only this file's rows, so lists are exact.
const year = 2003;
const tieYear = 2004;
const at = (month: number) => new Date(Date.UTC(year, month, 1, 12));
const tag = createRunTag();
let prisma: PrismaClient;
let report: CreatedAnnouncement;
let statement: CreatedAnnouncement;
let deleted: CreatedAnnouncement;
let ties: CreatedAnnouncement[];

const url = (locale: string, slug: string) => `${origin}/${locale}/announcements/${slug}`;
const slugOf = (announcement: CreatedAnnouncement, locale: string) =>
  announcement.translations.find((translation) => translation.locale === locale)?.slug ?? '';

async function readSection(section: AnnouncementSection) {
  const document = await streamAnnouncementSectionDocument(section);
  return document ? readSitemap(await new Response(document).text()) : null;
}

beforeAll(async () => {
  vi.stubEnv('SITE_URL', origin);
  vi.stubEnv('DATABASE_URL', testDatabaseUrl());
  prisma = createPrismaClient(testDatabaseUrl());
  const future = new Date(Date.now() + 86_400_000);
  report = await createFixtureAnnouncement(prisma, {
    tag,
    sourceLocale: 'en',
    translations: [
      { locale: 'en', status: 'PUBLISHED', publishedAt: at(2) },
      { locale: 'ru', status: 'PUBLISHED', publishedAt: at(3) },
      { locale: 'fr', status: 'DRAFT', publishedAt: null },
      { locale: 'de', status: 'SCHEDULED', publishedAt: future },
      { locale: 'es', status: 'PUBLISHED', publishedAt: future },
      { locale: 'ar', status: 'IN_REVIEW', publishedAt: null },
    ],
  });
  statement = await createFixtureAnnouncement(prisma, {
    tag,
    sourceLocale: 'zh',
    translations: [
      { locale: 'zh', status: 'PUBLISHED', publishedAt: at(4) },
      { locale: 'en', status: 'ARCHIVED', publishedAt: at(4) },
    ],
  });
  deleted = await createFixtureAnnouncement(prisma, {
    tag,
    sourceLocale: 'en',
    deleted: true,
    translations: [{ locale: 'en', status: 'PUBLISHED', publishedAt: at(5) }],
  });
  const sameTime = new Date(Date.UTC(tieYear, 5, 1));
  ties = [];
  for (let i = 0; i < 5; i += 1) {
    ties.push(
      await createFixtureAnnouncement(prisma, {
        tag,
        sourceLocale: 'en',
        translations: [{ locale: 'en', status: 'PUBLISHED', publishedAt: sameTime }],
      }),
    );
  }
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([prisma?.$disconnect(), getPrisma().$disconnect()]);
});

describe('sitemap sections', () => {
  it('exist for the locales and years that have live translations, and no others', async () => {
    const sections = (await listAnnouncementSections(new Date())).filter((section) => section.year === year);
    expect(sections).toEqual([
      { locale: 'en', year },
      { locale: 'ru', year },
      { locale: 'zh', year },
    ]);
  });

  it('list each published translation with reciprocal alternates and x-default on the source', async () => {
    const alternates = {
      en: url('en', slugOf(report, 'en')),
      ru: url('ru', slugOf(report, 'ru')),
      'x-default': url('en', slugOf(report, 'en')),
    };
    const en = await readSection({ locale: 'en', year });
    const ru = await readSection({ locale: 'ru', year });
    expect(en).toEqual([{ loc: url('en', slugOf(report, 'en')), lastmod: expect.any(String), alternates }]);
    expect(ru).toEqual([{ loc: url('ru', slugOf(report, 'ru')), lastmod: expect.any(String), alternates }]);
  });

  it('leave out archived translations, deleted announcements and drafts', async () => {
    const zh = await readSection({ locale: 'zh', year });
    const zhUrl = url('zh', slugOf(statement, 'zh'));
    expect(zh).toEqual([{ loc: zhUrl, lastmod: expect.any(String), alternates: { zh: zhUrl, 'x-default': zhUrl } }]);
    const everything = JSON.stringify([zh, await readSection({ locale: 'en', year })]);
    expect(everything).not.toContain(slugOf(deleted, 'en'));
    expect(everything).not.toContain(slugOf(statement, 'en'));
  });

  it('do not exist for locales with only drafts, scheduled or future-dated translations', async () => {
    for (const locale of ['fr', 'de', 'es', 'ar'] as const) {
      expect(await readSection({ locale, year })).toBeNull();
    }
  });

  it('page through rows with the same publication time without losing or repeating one', async () => {
    const seen: string[] = [];
    const section = { locale: 'en', year: tieYear } as const;
    for await (const batch of streamSectionTranslations((after) => readSectionBatch(section, new Date(), after, 2))) {
      expect(batch.length).toBeLessThanOrEqual(2);
      seen.push(...batch.map((translation) => translation.slug));
    }
    expect(seen.sort()).toEqual(ties.map((announcement) => slugOf(announcement, 'en')).sort());
  });
});

describe('sitemap index and pages', () => {
  it('names the pages section and every announcement section with absolute URLs', async () => {
    const locations = readSitemapIndex(await renderSitemapIndexDocument());
    expect(locations[0]).toBe(`${origin}/sitemaps/pages.xml`);
    expect(locations).toEqual(
      expect.arrayContaining([`${origin}/sitemaps/en-${year}.xml`, `${origin}/sitemaps/zh-${year}.xml`]),
    );
    expect(locations).not.toContain(`${origin}/sitemaps/fr-${year}.xml`);
  });

  it('lists each event and topic page in every locale', async () => {
    const slug = `event-${tag}`;
    await prisma.event.create({
      data: { slug, startsOn: new Date('2003-05-01'), endsOn: new Date('2003-05-02') },
      select: { id: true },
    });
    const entries = readSitemap(await renderPagesSitemapDocument());
    const eventEntries = entries.filter((entry) => entry.loc.endsWith(`/events/${slug}`));
    expect(eventEntries.map((entry) => entry.loc)).toHaveLength(7);
    expect(eventEntries[0]?.alternates['x-default']).toBe(`${origin}/en/events/${slug}`);
    expect(entries.map((entry) => entry.loc)).toEqual(expect.arrayContaining([`${origin}/ar`, `${origin}/zh/events`]));
  });
});
