import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refreshSearchDocuments } from './refresh-search-documents';
import { SEARCH_PAGE_SIZE } from './schema';
import { SearchFixtures } from './search-fixtures';

// What is searched (published, live, not deleted, this locale), in which order, and in pages. Each
// test searches for a word only its own fixtures contain, so other files' data cannot interfere.
const fixtures = new SearchFixtures();
const HOUR = 60 * 60 * 1000;

afterAll(() => fixtures.dispose());

describe('ranking', () => {
  const word = SearchFixtures.nonce();
  const slugs: Record<string, string> = {};

  beforeAll(async () => {
    // Inserted worst first, so an order by insertion or date would fail.
    slugs.body = await fixtures.add({ locale: 'en', title: 'Report', body: `${word} ${word} and ${word} again, ${word}.` });
    slugs.summary = await fixtures.add({ locale: 'en', title: 'Report', summary: `About ${word}.` });
    slugs.title = await fixtures.add({ locale: 'en', title: `The ${word} cooperation` });
  });

  it('ranks a title match above a summary match above body-only matches', async () => {
    expect(await fixtures.slugs('en', word)).toEqual([slugs.title, slugs.summary, slugs.body]);
  });

  it('reports the total and one page', async () => {
    expect(await fixtures.search('en', word)).toMatchObject({ kind: 'results', total: 3, page: 1, pageCount: 1 });
  });
});

describe('what is searched', () => {
  const word = SearchFixtures.nonce();
  const slugs: Record<string, string> = {};

  beforeAll(async () => {
    const title = `Forum ${word}`;
    slugs.live = await fixtures.add({ locale: 'en', title });
    slugs.draft = await fixtures.add({ locale: 'en', title, status: 'DRAFT' });
    slugs.scheduled = await fixtures.add({ locale: 'en', title, status: 'SCHEDULED', publishedAt: new Date(Date.now() + HOUR) });
    slugs.future = await fixtures.add({ locale: 'en', title, publishedAt: new Date(Date.now() + HOUR) });
    slugs.deleted = await fixtures.add({ locale: 'en', title, deleted: true });
    slugs.french = await fixtures.add({ locale: 'fr', title });
  });

  it('finds only the published, live, undeleted translation of the locale', async () => {
    expect(await fixtures.slugs('en', word)).toEqual([slugs.live]);
  });

  it('finds the other locale only in that locale', async () => {
    expect(await fixtures.slugs('fr', word)).toEqual([slugs.french]);
    expect(await fixtures.slugs('de', word)).toEqual([]);
  });
});

describe('pages', () => {
  const word = SearchFixtures.nonce();
  const count = SEARCH_PAGE_SIZE + 2;

  beforeAll(async () => {
    for (let index = 0; index < count; index += 1) await fixtures.add({ locale: 'en', title: `Item ${index} ${word}` });
  });

  it('splits the results into pages of SEARCH_PAGE_SIZE', async () => {
    const first = await fixtures.slugs('en', word, 1);
    const second = await fixtures.slugs('en', word, 2);
    expect(first).toHaveLength(SEARCH_PAGE_SIZE);
    expect(second).toHaveLength(2);
    expect(new Set([...first, ...second]).size).toBe(count);
    expect(await fixtures.search('en', word, 2)).toMatchObject({ total: count, page: 2, pageCount: 2 });
  });

  it('a page past the last has no hits but still knows the total', async () => {
    expect(await fixtures.search('en', word, 3)).toMatchObject({ kind: 'results', total: count, hits: [] });
  });
});

describe('queries without searchable words', () => {
  it.each(['', '   ', '\u0000'])('%j is an empty search', async (query) => {
    expect(await fixtures.search('en', query)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['en', '!!! ??? ***'],
    ['en', 'the and of'],
    ['ru', 'и в на'],
    ['de', 'der die das'],
    ['zh', '，。！'],
  ] as const)('%s: %j has no terms', async (locale, query) => {
    expect(await fixtures.search(locale, query)).toMatchObject({ kind: 'no-terms' });
  });

  it('a word that matches nothing gives zero results', async () => {
    expect(await fixtures.search('en', SearchFixtures.nonce())).toMatchObject({ kind: 'results', total: 0, hits: [] });
  });
});

describe('refreshSearchDocuments', () => {
  it('indexes translations written without a search document', async () => {
    const word = SearchFixtures.nonce();
    const slug = await fixtures.add({ locale: 'ru', title: `Миграционная политика ${word}`, indexed: false });
    expect(await fixtures.slugs('ru', `миграционной политики ${word}`)).toEqual([]);

    expect(await refreshSearchDocuments(fixtures.prisma)).toBeGreaterThanOrEqual(1);
    expect(await fixtures.slugs('ru', `миграционной политики ${word}`)).toEqual([slug]);
    expect(await refreshSearchDocuments(fixtures.prisma)).toBe(0);
  });

  it('rebuilds a document made with another configuration than its locale has now', async () => {
    const word = SearchFixtures.nonce();
    const slug = await fixtures.add({ locale: 'de', title: `Migrationsmanagements ${word}` });
    // As if German had used 'simple' until now: no stemming, so the base form does not match.
    await fixtures.prisma.$executeRaw`
      UPDATE translations SET search_config = 'simple', search_vector = to_tsvector('simple', title) WHERE slug = ${slug}`;
    expect(await fixtures.slugs('de', `Migrationsmanagement ${word}`)).toEqual([]);

    await refreshSearchDocuments(fixtures.prisma);
    expect(await fixtures.slugs('de', `Migrationsmanagement ${word}`)).toEqual([slug]);
  });
});
