import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getPrisma } from '../db/client';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import { createFixtureAnnouncement, createRunTag, type CreatedAnnouncement } from '../testing/announcement-fixtures';
import { testDatabaseUrl } from '../testing/test-database';
import { respondWithAnnouncement, respondWithAnnouncementList } from './handlers';
import type { AnnouncementListResponse, AnnouncementResponse, ApiErrorBody } from './schema';

// 'server-only' refuses to load outside React's server environment; the handlers are plain Node here.
vi.mock('server-only', () => ({}));

const origin = 'https://api.test';
const tag = createRunTag();
let prisma: PrismaClient;
let newest: CreatedAnnouncement[];
let draftOnly: CreatedAnnouncement;
let deleted: CreatedAnnouncement;
let multilingual: CreatedAnnouncement;

const secondsAgo = (seconds: number) => new Date(Date.now() - seconds * 1000);

async function list(query: string) {
  const response = await respondWithAnnouncementList(new URLSearchParams(query));
  return { response, body: (await response.json()) as AnnouncementListResponse & ApiErrorBody };
}

async function one(id: string) {
  const response = await respondWithAnnouncement({ id });
  return { response, body: (await response.json()) as AnnouncementResponse & ApiErrorBody };
}

beforeAll(async () => {
  vi.stubEnv('SITE_URL', origin);
  vi.stubEnv('DATABASE_URL', testDatabaseUrl());
  prisma = createPrismaClient(testDatabaseUrl());
  multilingual = await createFixtureAnnouncement(prisma, {
    tag,
    sourceLocale: 'fr',
    translations: [
      { locale: 'fr', status: 'PUBLISHED', publishedAt: secondsAgo(60) },
      { locale: 'de', status: 'PUBLISHED', publishedAt: secondsAgo(50) },
      { locale: 'es', status: 'DRAFT', publishedAt: null },
      { locale: 'ar', status: 'SCHEDULED', publishedAt: new Date(Date.now() + 3_600_000) },
    ],
  });
  newest = [];
  // Five live Arabic translations a second apart, oldest first.
  for (let i = 5; i >= 1; i -= 1) {
    newest.push(
      await createFixtureAnnouncement(prisma, {
        tag,
        sourceLocale: 'ar',
        translations: [{ locale: 'ar', status: 'PUBLISHED', publishedAt: secondsAgo(i) }],
      }),
    );
  }
  draftOnly = await createFixtureAnnouncement(prisma, {
    tag,
    sourceLocale: 'ar',
    translations: [{ locale: 'ar', status: 'DRAFT', publishedAt: null }],
  });
  deleted = await createFixtureAnnouncement(prisma, {
    tag,
    sourceLocale: 'ar',
    deleted: true,
    translations: [{ locale: 'ar', status: 'PUBLISHED', publishedAt: secondsAgo(0.5) }],
  });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([prisma?.$disconnect(), getPrisma().$disconnect()]);
});

describe('GET /api/v1/announcements', () => {
  it('pages through the live translations of a locale, newest first', async () => {
    const expected = newest.map((announcement) => announcement.id).reverse();
    const pages = await Promise.all([1, 2, 3].map((page) => list(`locale=ar&pageSize=2&page=${page}`)));
    const totalItems = await prisma.translation.count({
      where: { locale: 'ar', status: 'PUBLISHED', publishedAt: { lte: new Date() }, announcement: { deletedAt: null } },
    });
    for (const [index, { response, body }] of pages.entries()) {
      expect(response.status).toBe(200);
      expect(body.pagination).toEqual({ page: index + 1, pageSize: 2, totalItems, totalPages: Math.ceil(totalItems / 2) });
    }
    const ids = pages.flatMap(({ body }) => body.data.map((item) => item.announcementId));
    expect(pages.map(({ body }) => body.data.length)).toEqual([2, 2, 2].map((size, index) => Math.min(size, totalItems - index * 2)));
    // Other files' rows may sit among these; the order of this file's own rows is what is checked.
    expect(ids.filter((id) => expected.includes(id))).toEqual(expected);
    expect(ids).not.toContain(draftOnly.id);
    expect(ids).not.toContain(deleted.id);
  });

  it('answers with absolute URLs and cacheable, cross-origin readable JSON', async () => {
    const { response, body } = await list('locale=fr&pageSize=100');
    const item = body.data.find((entry) => entry.announcementId === multilingual.id);
    expect(item).toMatchObject({ locale: 'fr', url: `${origin}/fr/announcements/${multilingual.translations[0]?.slug}` });
    expect(response.headers.get('Cache-Control')).toMatch(/public.*s-maxage=\d+/);
    expect(response.headers.get('Access-Control-Allow-Origin')).toBe('*');
  });

  it('returns an empty page past the end', async () => {
    const { response, body } = await list('locale=ar&page=100000');
    expect(response.status).toBe(200);
    expect(body.data).toEqual([]);
  });

  it.each([
    ['locale=xx', 'locale'],
    ['page=1', 'locale'],
    ['locale=en&page=0', 'page'],
    ['locale=en&page=abc', 'page'],
    ['locale=en&pageSize=101', 'pageSize'],
    ['locale=en&pageSize=-5', 'pageSize'],
  ])('answers %s with 400 naming %s', async (query, field) => {
    const { response, body } = await list(query);
    expect(response.status).toBe(400);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(body.error.message).toBe('Invalid parameters');
    expect(Object.keys(body.error.fieldErrors)).toEqual([field]);
  });
});

describe('GET /api/v1/announcements/{id}', () => {
  it('returns the announcement with every published translation and nothing else', async () => {
    const { response, body } = await one(multilingual.id);
    expect(response.status).toBe(200);
    expect(body.data).toMatchObject({ id: multilingual.id, sourceLocale: 'fr', lifecycle: 'ACTIVE', supersededById: null });
    expect(body.data.translations.map((translation) => translation.locale)).toEqual(['fr', 'de']);
    expect(body.data.translations[0]?.body).toContain('Body of');
  });

  it.each([
    ['a deleted announcement', () => deleted.id],
    ['one without a published translation', () => draftOnly.id],
    ['an unknown id', () => `missing${tag}`],
  ])('is a 404 for %s', async (_label, id) => {
    const { response, body } = await one(id());
    expect(response.status).toBe(404);
    expect(body.error).toEqual({ message: 'No published announcement has this id', fieldErrors: {} });
  });

  it('is a 400 for something that cannot be an id', async () => {
    const { response, body } = await one('not an id!');
    expect(response.status).toBe(400);
    expect(body.error.fieldErrors).toEqual({ id: ['is not an announcement id'] });
  });
});
