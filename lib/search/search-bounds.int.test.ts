import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SearchFixtures } from './search-fixtures';
import { SNIPPET_SOURCE_LIMIT } from './snippet';

// Search does bounded work whatever the query: a broad query (more matches than the match limit)
// says "more than" the limit and ranks only its newest matches, and snippets are cut from the
// opening of a long text. Small bounds stand in for SEARCH_BOUNDS, so a few fixtures make a query
// broad; each test searches for a word only its own fixtures contain.
const fixtures = new SearchFixtures();
const bounds = { matchLimit: 4, recentLimit: 3 };
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);

afterAll(() => fixtures.dispose());

describe('a query with more matches than the match limit', () => {
  const word = SearchFixtures.nonce();
  const slugs: Record<string, string> = {};

  beforeAll(async () => {
    // The best match is the oldest: a broad query ranks the newest matches, so it is left out.
    slugs.oldTitle = await fixtures.add({ locale: 'en', title: `The ${word} report`, publishedAt: daysAgo(30) });
    for (const days of [5, 4, 3, 1]) {
      slugs[`body${days}`] = await fixtures.add({ locale: 'en', title: 'Report', body: `Notes on ${word}.`, publishedAt: daysAgo(days) });
    }
    slugs.summary2 = await fixtures.add({ locale: 'en', title: 'Report', summary: `About ${word}.`, publishedAt: daysAgo(2) });
  });

  it('says more than the limit match and ranks the newest ones, best first', async () => {
    expect(await fixtures.search('en', word, 1, bounds)).toMatchObject({
      kind: 'results',
      broad: true,
      total: bounds.matchLimit,
      recent: bounds.recentLimit,
      pageCount: 1,
    });
    expect(await fixtures.slugs('en', word, 1, bounds)).toEqual([slugs.summary2, slugs.body1, slugs.body3]);
  });

  it('a page past the ranked ones has no hits and still says more than the limit', async () => {
    expect(await fixtures.search('en', word, 2, bounds)).toMatchObject({ broad: true, total: bounds.matchLimit, hits: [] });
  });
});

describe('a query with as many matches as the limit', () => {
  const word = SearchFixtures.nonce();
  const slugs: Record<string, string> = {};

  beforeAll(async () => {
    slugs.oldTitle = await fixtures.add({ locale: 'en', title: `The ${word} report`, publishedAt: daysAgo(30) });
    for (const days of [3, 2, 1]) {
      slugs[`body${days}`] = await fixtures.add({ locale: 'en', title: 'Report', body: `Notes on ${word}.`, publishedAt: daysAgo(days) });
    }
  });

  it('counts exactly and ranks every match', async () => {
    expect(await fixtures.search('en', word, 1, bounds)).toMatchObject({ kind: 'results', broad: false, total: 4 });
    expect(await fixtures.slugs('en', word, 1, bounds)).toEqual([slugs.oldTitle, slugs.body1, slugs.body2, slugs.body3]);
  });
});

describe('a long text', () => {
  const early = SearchFixtures.nonce();
  const late = SearchFixtures.nonce();
  let slug = '';

  beforeAll(async () => {
    const filler = 'The delegations discussed regional cooperation at length. '.repeat(Math.ceil(SNIPPET_SOURCE_LIMIT / 50));
    slug = await fixtures.add({ locale: 'en', title: 'Minutes', body: `Opening by ${early}.\n\n${filler}\n\nClosing by ${late}.` });
  });

  it('is found by a word past the snippet source, with the opening as its snippet', async () => {
    const outcome = await fixtures.search('en', late);
    const hit = outcome.kind === 'results' ? outcome.hits[0] : undefined;
    expect(hit?.slug).toBe(slug);
    expect(hit?.snippet.map((part) => part.text).join('')).toContain(`Opening by ${early}`);
    expect(hit?.snippet.some((part) => part.highlight)).toBe(false);
  });

  it('highlights a word within the snippet source', async () => {
    const outcome = await fixtures.search('en', early);
    const hit = outcome.kind === 'results' ? outcome.hits[0] : undefined;
    expect(hit?.snippet).toContainEqual({ text: early, highlight: true });
  });
});
