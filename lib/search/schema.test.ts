import { describe, expect, it } from 'vitest';
import { MAX_SEARCH_PAGE, readSearchParams, searchParamsSchema } from './schema';

describe('searchParamsSchema', () => {
  it('defaults to an empty query on page 1', () => {
    expect(searchParamsSchema.parse({})).toEqual({ q: '', page: 1 });
  });

  it('reads q as typed and the page as a number', () => {
    expect(searchParamsSchema.parse({ q: '  移民管理 ', page: '3' })).toEqual({ q: '  移民管理 ', page: 3 });
  });

  it('takes the first of repeated parameters', () => {
    expect(searchParamsSchema.parse({ q: ['a', 'b'], page: ['2', '9'] })).toEqual({ q: 'a', page: 2 });
  });

  it.each(['0', '-1', '1.5', 'abc', '', String(MAX_SEARCH_PAGE + 1)])('refuses the page %j', (page) => {
    expect(searchParamsSchema.safeParse({ page }).success).toBe(false);
  });
});

describe('readSearchParams', () => {
  it('falls back to page 1 instead of failing', () => {
    expect(readSearchParams({ q: 'policy', page: 'abc' })).toEqual({ q: 'policy', page: 1 });
  });

  it('keeps a long query for the page to cut and report', () => {
    expect(readSearchParams({ q: 'x'.repeat(10_000) }).q).toHaveLength(10_000);
  });

  it('reads no parameters as an empty search', () => {
    expect(readSearchParams({})).toEqual({ q: '', page: 1 });
  });
});
