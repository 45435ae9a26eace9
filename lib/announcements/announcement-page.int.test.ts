import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getPrisma } from '../db/client';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import type { Locale } from '../i18n/locales';
import { createAnnouncementRow, createSlugTag } from '../testing/reading-fixtures';
import { testDatabaseUrl } from '../testing/test-database';
import { loadAnnouncementPage, type AnnouncementPageData } from './announcement-page';
import { findSwitchDestination } from './switch-language';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

const tag = createSlugTag();
const slug = (name: string) => `${name}-${tag}`;
let prisma: PrismaClient;

beforeAll(async () => {
  vi.stubEnv('DATABASE_URL', testDatabaseUrl());
  prisma = createPrismaClient(testDatabaseUrl());
  const create = (row: Parameters<typeof createAnnouncementRow>[1]) => createAnnouncementRow(prisma, row);
  await create({
    sourceLocale: 'en',
    translations: [
      { locale: 'en', slug: slug('a-en') },
      { locale: 'ru', slug: slug('a-ru') },
      { locale: 'zh', slug: slug('a-zh-draft'), status: 'DRAFT' },
    ],
  });
  await create({
    sourceLocale: 'de',
    translations: [
      { locale: 'de', slug: slug('c-de'), status: 'DRAFT' },
      { locale: 'fr', slug: slug('c-fr') },
      { locale: 'es', slug: slug('c-es') },
    ],
  });
  await create({ sourceLocale: 'en', deleted: true, translations: [{ locale: 'en', slug: slug('gone') }] });
  const newer = await create({
    sourceLocale: 'en',
    translations: [
      { locale: 'en', slug: slug('n-en'), title: `Newer ${tag}` },
      { locale: 'ar', slug: slug('n-ar'), title: `أحدث ${tag}` },
    ],
  });
  await create({
    sourceLocale: 'en',
    lifecycle: 'SUPERSEDED',
    supersededById: newer,
    translations: [
      { locale: 'en', slug: slug('s-en') },
      { locale: 'zh', slug: slug('s-zh') },
    ],
  });
  await create({ sourceLocale: 'zh', lifecycle: 'WITHDRAWN', translations: [{ locale: 'zh', slug: slug('w-zh') }] });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([prisma?.$disconnect(), getPrisma().$disconnect()]);
});

function article(data: AnnouncementPageData) {
  if (data.kind !== 'article') throw new Error(`expected an article, got ${data.kind}`);
  return data;
}

const load = (locale: Locale, name: string) => loadAnnouncementPage(locale, slug(name));

describe('an announcement page', () => {
  it('shows the locale’s own translation and lists the others', async () => {
    const data = article(await load('en', 'a-en'));
    expect(data.mode).toBe('own');
    expect(data.shown).toMatchObject({ locale: 'en', slug: slug('a-en') });
    expect(data.alsoAvailable).toEqual([{ locale: 'ru', slug: slug('a-ru') }]);
    expect(data.lifecycle).toBeNull();
  });

  it('redirects another locale’s slug to the locale’s own translation', async () => {
    expect(await load('ru', 'a-en')).toEqual({ kind: 'redirect', to: { locale: 'ru', slug: slug('a-ru') } });
    expect(await load('en', 'a-ru')).toEqual({ kind: 'redirect', to: { locale: 'en', slug: slug('a-en') } });
  });

  it('falls back to the source translation where the locale has none published', async () => {
    for (const [locale, name] of [['es', 'a-en'], ['ar', 'a-ru'], ['zh', 'a-en']] as const) {
      const data = article(await load(locale, name));
      expect(data.mode).toBe('fallback');
      expect(data.shown).toMatchObject({ locale: 'en', slug: slug('a-en') });
      expect(data.sourceLocale).toBe('en');
      expect(data.alsoAvailable.map((t) => t.locale)).toEqual(['en', 'ru']);
    }
  });

  it('falls back to the requested translation when the source is not published', async () => {
    expect(article(await load('ar', 'c-es')).shown.locale).toBe('es');
    expect(article(await load('ar', 'c-fr')).shown.locale).toBe('fr');
    expect(article(await load('en', 'c-fr')).sourceLocale).toBe('de');
  });

  it('does not exist for unknown, unpublished or deleted slugs', async () => {
    for (const [locale, name] of [['en', 'nope'], ['zh', 'a-zh-draft'], ['en', 'a-zh-draft'], ['de', 'c-de'], ['en', 'gone']] as const) {
      expect(await load(locale, name), `${locale}/${name}`).toEqual({ kind: 'not-found' });
    }
  });

  it('says a superseded announcement was replaced, linking the successor in the reader’s locale', async () => {
    expect(article(await load('ar', 's-en')).lifecycle).toEqual({
      lifecycle: 'SUPERSEDED',
      successor: { href: `/ar/announcements/${slug('n-ar')}`, title: `أحدث ${tag}`, locale: 'ar' },
    });
  });

  it('links the successor’s original where the reader’s locale has no translation of it', async () => {
    expect(article(await load('zh', 's-zh')).lifecycle?.successor).toEqual({
      href: `/en/announcements/${slug('n-en')}`,
      title: `Newer ${tag}`,
      locale: 'en',
    });
  });

  it('says a withdrawn announcement was withdrawn, in every locale, without a successor', async () => {
    for (const locale of ['zh', 'en', 'ar'] as const) {
      expect(article(await load(locale, 'w-zh')).lifecycle).toEqual({ lifecycle: 'WITHDRAWN', successor: null });
    }
  });
});

describe('the language switcher', () => {
  it('goes to the same announcement where the chosen locale has it, else to that home', async () => {
    const from = `/en/announcements/${slug('a-en')}`;
    expect(await findSwitchDestination('ru', from)).toBe(`/ru/announcements/${slug('a-ru')}`);
    expect(await findSwitchDestination('zh', from)).toBe('/zh');
    expect(await findSwitchDestination('ar', from)).toBe('/ar');
  });

  it('leaves a fallback page for the real translation', async () => {
    expect(await findSwitchDestination('en', `/es/announcements/${slug('a-en')}`)).toBe(`/en/announcements/${slug('a-en')}`);
  });

  it('goes home from unknown announcements and foreign addresses', async () => {
    expect(await findSwitchDestination('fr', `/en/announcements/${slug('nope')}`)).toBe('/fr');
    expect(await findSwitchDestination('de', 'https://evil.example/en/announcements/x')).toBe('/de');
  });
});
