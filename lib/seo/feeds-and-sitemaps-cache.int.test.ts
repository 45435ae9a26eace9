import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { revalidateAnnouncement, revalidateTaxonomy } from '../announcements/revalidate';
import { getPrisma } from '../db/client';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import { createFixtureAnnouncement, createRunTag, type CreatedAnnouncement } from '../testing/announcement-fixtures';
import { readAtom, readSitemap, readSitemapIndex } from '../testing/read-xml';
import { testDatabaseUrl } from '../testing/test-database';
import { getFeedEntries } from './cached-reads';
import { renderFeed } from './feed-document';
import { renderPagesSitemapDocument, renderSitemapIndexDocument, streamAnnouncementSectionDocument } from './sitemap-documents';

vi.mock('server-only', () => ({}));
// Caches by key until a tag is revalidated, as Next does: a database change alone stays invisible.
vi.mock('next/cache', async () => (await import('../testing/tagged-cache-double')).taggedCacheDouble);

// Feeds and sitemaps are cached under the pages' tags: the revalidateAnnouncement() an editor's
// publish calls refreshes them as it refreshes the pages, and nothing else does.

const origin = 'https://cache.test';
const tag = createRunTag();
// A year no other test file publishes in: its sitemap section holds only this file's rows.
const year = 2002;
let prisma: PrismaClient;
let announcement: CreatedAnnouncement;
// Published a second ago, so it leads the feed: removed afterwards, the other feed tests expect theirs first.
let fresh: CreatedAnnouncement | undefined;

async function feedTitles(locale: 'en') {
  const channel = { locale, title: 'Forum Portal', description: 'Reports' };
  return readAtom(renderFeed('atom', channel, await getFeedEntries(locale), new Date())).entry.map((entry) => entry.title);
}

const sectionUrls = async () => {
  const document = await streamAnnouncementSectionDocument({ locale: 'en', year });
  return document ? readSitemap(await new Response(document).text()) : [];
};

beforeAll(async () => {
  vi.stubEnv('SITE_URL', origin);
  vi.stubEnv('DATABASE_URL', testDatabaseUrl());
  prisma = createPrismaClient(testDatabaseUrl());
  announcement = await createFixtureAnnouncement(prisma, {
    tag,
    sourceLocale: 'en',
    translations: [
      { locale: 'en', status: 'PUBLISHED', publishedAt: new Date(Date.UTC(year, 3, 1)) },
      { locale: 'ru', status: 'DRAFT', publishedAt: null },
    ],
  });
});

afterAll(async () => {
  if (fresh) await prisma.announcement.delete({ where: { id: fresh.id } });
  vi.unstubAllEnvs();
  await Promise.all([prisma?.$disconnect(), getPrisma().$disconnect()]);
});

describe('the feed of a locale', () => {
  it('shows a newly published translation once the publish is revalidated', async () => {
    const before = await feedTitles('en');
    fresh = await createFixtureAnnouncement(prisma, {
      tag,
      sourceLocale: 'en',
      translations: [{ locale: 'en', status: 'PUBLISHED', publishedAt: new Date(Date.now() - 1000), title: `Fresh ${tag}` }],
    });
    expect(await feedTitles('en')).toEqual(before);

    revalidateAnnouncement(fresh.id, ['en']);
    expect((await feedTitles('en'))[0]).toBe(`Fresh ${tag}`);

    await prisma.translation.updateMany({ where: { announcementId: fresh.id }, data: { title: `Corrected ${tag}` } });
    revalidateAnnouncement(fresh.id, ['ru']);
    expect((await feedTitles('en'))[0]).toBe(`Fresh ${tag}`);
    revalidateAnnouncement(fresh.id, ['en']);
    expect((await feedTitles('en'))[0]).toBe(`Corrected ${tag}`);
  });
});

describe('the sitemap', () => {
  it('adds a translation published in another locale to the alternates, once revalidated', async () => {
    const [entry] = await sectionUrls();
    expect(Object.keys(entry?.alternates ?? {})).toEqual(['en', 'x-default']);
    await prisma.translation.updateMany({
      where: { announcementId: announcement.id, locale: 'ru' },
      data: { status: 'PUBLISHED', publishedAt: new Date(Date.UTC(year, 4, 1)) },
    });
    expect(Object.keys((await sectionUrls())[0]?.alternates ?? {})).toEqual(['en', 'x-default']);
    const indexBefore = readSitemapIndex(await renderSitemapIndexDocument());
    expect(indexBefore).not.toContain(`${origin}/sitemaps/ru-${year}.xml`);

    revalidateAnnouncement(announcement.id, ['ru']);
    expect(Object.keys((await sectionUrls())[0]?.alternates ?? {}).sort()).toEqual(['en', 'ru', 'x-default']);
    expect(readSitemapIndex(await renderSitemapIndexDocument())).toContain(`${origin}/sitemaps/ru-${year}.xml`);
  });

  it('lists a new event once the taxonomy is revalidated', async () => {
    const slug = `event-${tag}`;
    const listsEvent = async () => readSitemap(await renderPagesSitemapDocument()).some((entry) => entry.loc.endsWith(`/en/events/${slug}`));
    expect(await listsEvent()).toBe(false);
    await prisma.event.create({ data: { slug, startsOn: new Date('2002-05-01'), endsOn: new Date('2002-05-02') } });
    expect(await listsEvent()).toBe(false);
    revalidateTaxonomy();
    expect(await listsEvent()).toBe(true);
  });

  it('has no section for a year nothing was published in', async () => {
    expect(await streamAnnouncementSectionDocument({ locale: 'en', year: 1971 })).toBeNull();
  });
});
