import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getPrisma } from '../db/client';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import { createFixtureAnnouncement, createRunTag, type CreatedAnnouncement } from '../testing/announcement-fixtures';
import { readAtom, readRss } from '../testing/read-xml';
import { testDatabaseUrl } from '../testing/test-database';
import { renderFeed } from './feed-document';
import { listFeedEntries } from './feed-queries';

// 'server-only' refuses to load outside React's server environment; the queries are plain Node here.
vi.mock('server-only', () => ({}));

const origin = 'https://feeds.test';
const tag = createRunTag();
let prisma: PrismaClient;
let bilingual: CreatedAnnouncement;
let hidden: CreatedAnnouncement[];
let hostile: CreatedAnnouncement;

// Other files publish into the same database meanwhile, so the checks of order look at this file's
// rows only (their slugs carry the run tag).
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

async function renderBoth(locale: 'en' | 'ru') {
  const now = new Date();
  const entries = (await listFeedEntries(locale, now, 1_000)).filter((entry) => entry.slug.includes(tag));
  const channel = { locale, title: 'Forum Portal', description: 'Reports' };
  return { rss: readRss(renderFeed('rss', channel, entries, now)), atom: readAtom(renderFeed('atom', channel, entries, now)) };
}

beforeAll(async () => {
  vi.stubEnv('SITE_URL', origin);
  vi.stubEnv('DATABASE_URL', testDatabaseUrl());
  prisma = createPrismaClient(testDatabaseUrl());
  bilingual = await createFixtureAnnouncement(prisma, {
    tag,
    sourceLocale: 'en',
    translations: [
      { locale: 'en', status: 'PUBLISHED', publishedAt: minutesAgo(3) },
      { locale: 'ru', status: 'PUBLISHED', publishedAt: minutesAgo(2) },
    ],
  });
  hostile = await createFixtureAnnouncement(prisma, {
    tag,
    sourceLocale: 'en',
    translations: [
      { locale: 'en', status: 'PUBLISHED', publishedAt: minutesAgo(1), title: `Q&A <b>${tag}</b> ]]> done`, summary: 'a < b & c' },
    ],
  });
  hidden = [
    await createFixtureAnnouncement(prisma, {
      tag,
      sourceLocale: 'en',
      translations: [
        { locale: 'en', status: 'DRAFT', publishedAt: null },
        { locale: 'ru', status: 'SCHEDULED', publishedAt: new Date(Date.now() + 3_600_000) },
      ],
    }),
    await createFixtureAnnouncement(prisma, {
      tag,
      sourceLocale: 'en',
      deleted: true,
      translations: [{ locale: 'en', status: 'PUBLISHED', publishedAt: minutesAgo(1) }],
    }),
  ];
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([prisma?.$disconnect(), getPrisma().$disconnect()]);
});

describe('feeds', () => {
  it('list the live translations of their own locale, newest first, with absolute links', async () => {
    const { rss, atom } = await renderBoth('en');
    const [hostileEn, bilingualEn] = [hostile.translations[0], bilingual.translations[0]];
    expect(rss.item.slice(0, 2).map((item) => item.link)).toEqual([
      `${origin}/en/announcements/${hostileEn?.slug}`,
      `${origin}/en/announcements/${bilingualEn?.slug}`,
    ]);
    expect(atom.entry.slice(0, 2).map((entry) => entry.link[0]?.['@href'])).toEqual(rss.item.slice(0, 2).map((item) => item.link));
    expect(rss.language).toBe('en');
    expect(atom['@xml:lang']).toBe('en');
  });

  it('leave out other locales, drafts, scheduled and deleted announcements', async () => {
    const en = await renderBoth('en');
    const ru = await renderBoth('ru');
    const enLinks = en.rss.item.map((item) => item.link).join(' ');
    const ruLinks = ru.rss.item.map((item) => item.link).join(' ');
    for (const translation of hidden.flatMap((announcement) => announcement.translations)) {
      expect(enLinks + ruLinks).not.toContain(translation.slug);
    }
    expect(ruLinks).toContain(`${origin}/ru/announcements/${bilingual.translations[1]?.slug}`);
    expect(ruLinks).not.toContain('/en/');
    expect(enLinks).not.toContain('/ru/');
  });

  it('carry markup-like titles as text in a well-formed document', async () => {
    const { rss, atom } = await renderBoth('en');
    expect(rss.item[0]?.title).toBe(`Q&A <b>${tag}</b> ]]&gt; done`);
    expect(atom.entry[0]?.title).toBe(`Q&amp;A &lt;b&gt;${tag}&lt;/b&gt; ]]&gt; done`);
    expect(rss.item[0]?.description).toBe('a &lt; b &amp; c');
  });
});
