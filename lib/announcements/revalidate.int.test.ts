import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getPrisma } from '../db/client';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import { nextCacheRecord } from '../testing/next-cache-double';
import { createAnnouncementRow, createEventRow, createSlugTag, createTopicRow } from '../testing/reading-fixtures';
import { testDatabaseUrl } from '../testing/test-database';
import { loadAnnouncementPage } from './announcement-page';
import { getEventPage, getEvents, getLatest, getTopicPage } from './cached-reads';
import { revalidateAnnouncement, revalidateTaxonomy } from './revalidate';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// Next caches each public read under the tags cached-reads.ts gives it, and every page under the
// tags of the reads it made. This checks that revalidateAnnouncement expires every page that shows
// the changed announcement (in any locale, own or fallback, lists included) and leaves others alone.

const tag = createSlugTag();
const slug = (name: string) => `${name}-${tag}`;
let prisma: PrismaClient;
const ids = { changed: '', other: '' };

beforeAll(async () => {
  vi.stubEnv('DATABASE_URL', testDatabaseUrl());
  prisma = createPrismaClient(testDatabaseUrl());
  const eventId = await createEventRow(prisma, slug('event'), { en: 'Event', fr: 'Événement' });
  const topicId = await createTopicRow(prisma, slug('topic'), { en: 'Topic' });
  ids.changed = await createAnnouncementRow(prisma, {
    sourceLocale: 'en',
    eventId,
    topicIds: [topicId],
    translations: [
      { locale: 'en', slug: slug('x-en') },
      { locale: 'zh', slug: slug('x-zh') },
    ],
  });
  ids.other = await createAnnouncementRow(prisma, { sourceLocale: 'ru', translations: [{ locale: 'ru', slug: slug('y-ru') }] });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([prisma?.$disconnect(), getPrisma().$disconnect()]);
});

beforeEach(() => {
  nextCacheRecord.revalidated.length = 0;
});

/** The tags the page rendered by `render` is cached under: those of every read it made. */
async function pageTags(render: () => Promise<unknown>): Promise<Set<string>> {
  const start = nextCacheRecord.reads.length;
  await render();
  return new Set(nextCacheRecord.reads.slice(start).flatMap((read) => read.tags));
}

const expires = (page: Set<string>, expired: string[]) => expired.some((expiredTag) => page.has(expiredTag));

describe('revalidateAnnouncement', () => {
  it('expires its tags at once rather than serving stale pages meanwhile', () => {
    const tags = revalidateAnnouncement(ids.changed, ['en']);
    expect(nextCacheRecord.revalidated).toEqual(tags.map((expiredTag) => ({ tag: expiredTag, profile: { expire: 0 } })));
  });

  it('expires every page that shows the announcement, in every locale', async () => {
    const pages = {
      own: await pageTags(() => loadAnnouncementPage('en', slug('x-en'))),
      otherTranslation: await pageTags(() => loadAnnouncementPage('zh', slug('x-zh'))),
      fallback: await pageTags(() => loadAnnouncementPage('es', slug('x-en'))),
      redirect: await pageTags(() => loadAnnouncementPage('zh', slug('x-en'))),
      latest: await pageTags(() => getLatest('en', 1)),
      event: await pageTags(() => getEventPage(slug('event'), 'fr')),
      topic: await pageTags(() => getTopicPage(slug('topic'), 'ar')),
    };
    const expired = revalidateAnnouncement(ids.changed, ['en']);
    for (const [page, tags] of Object.entries(pages)) expect(expires(tags, expired), page).toBe(true);
  });

  it('leaves pages of other announcements and lists of unchanged locales alone', async () => {
    const pages = {
      otherArticle: await pageTags(() => loadAnnouncementPage('ru', slug('y-ru'))),
      otherLatest: await pageTags(() => getLatest('ru', 1)),
      events: await pageTags(() => getEvents('en')),
    };
    const expired = revalidateAnnouncement(ids.changed, ['en']);
    for (const [page, tags] of Object.entries(pages)) expect(expires(tags, expired), page).toBe(false);
  });

  it('expires 404 and fallback pages, which a publication anywhere can change', async () => {
    const missing = await pageTags(() => loadAnnouncementPage('de', slug('not-yet')));
    const fallback = await pageTags(() => loadAnnouncementPage('de', slug('y-ru')));
    const expired = revalidateAnnouncement(ids.other, ['fr']);
    expect(expires(missing, expired)).toBe(true);
    expect(expires(fallback, expired)).toBe(true);
  });

  it('expires every locale’s list when the announcement itself changed', async () => {
    const lists = await Promise.all(['en', 'zh', 'ar'].map((locale) => pageTags(() => getLatest(locale as 'en', 1))));
    const expired = revalidateAnnouncement(ids.changed);
    for (const list of lists) expect(expires(list, expired)).toBe(true);
  });
});

describe('revalidateTaxonomy', () => {
  it('expires the event archive and the pages naming events and topics', async () => {
    const pages = [
      await pageTags(() => getEvents('en')),
      await pageTags(() => getEventPage(slug('event'), 'en')),
      await pageTags(() => loadAnnouncementPage('en', slug('x-en'))),
    ];
    const expired = revalidateTaxonomy();
    for (const page of pages) expect(expires(page, expired)).toBe(true);
  });
});
