import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, normalizeQuery } from './normalize-query';

describe('normalizeQuery', () => {
  it('trims and collapses whitespace', () => {
    expect(normalizeQuery('  migration \t\n policy  ')).toEqual({ text: 'migration policy', truncated: false, hasTerms: true });
  });

  it('turns full-width letters and digits into ordinary ones', () => {
    expect(normalizeQuery('ＡＢＣ　２０２４').text).toBe('ABC 2024');
  });

  it('replaces NUL and other control characters with spaces', () => {
    expect(normalizeQuery('mi\u0000gration\u0007 \u001b[31m').text).toBe('mi gration [31m');
  });

  it('drops unpaired surrogates and keeps paired ones', () => {
    expect(normalizeQuery('a\uD83Db 😀').text).toBe('a b 😀');
  });

  it('keeps a query of exactly the limit untouched', () => {
    const query = 'a'.repeat(MAX_QUERY_LENGTH);
    expect(normalizeQuery(query)).toEqual({ text: query, truncated: false, hasTerms: true });
  });

  it('cuts a longer query at the limit and says so', () => {
    const result = normalizeQuery('word '.repeat(2_000));
    expect(Array.from(result.text).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(result.text.startsWith('word word')).toBe(true);
    expect(result.truncated).toBe(true);
  });

  it('drops a word the cut would split', () => {
    const query = `${'a'.repeat(195)} policy`;
    expect(normalizeQuery(query)).toEqual({ text: 'a'.repeat(195), truncated: true, hasTerms: true });
  });

  it('keeps a word that ends exactly at the limit', () => {
    const query = `${'a'.repeat(193)} policy more`;
    expect(normalizeQuery(query).text).toBe(`${'a'.repeat(193)} policy`);
  });

  it('counts characters, not UTF-16 units, and never splits one', () => {
    const result = normalizeQuery('𠀀'.repeat(MAX_QUERY_LENGTH + 5));
    expect(Array.from(result.text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(result.text).toBe('𠀀'.repeat(MAX_QUERY_LENGTH));
  });

  it('cuts 10,000 characters of Chinese', () => {
    const result = normalizeQuery('移民管理'.repeat(2_500));
    expect(result).toMatchObject({ truncated: true, hasTerms: true });
    expect(Array.from(result.text)).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('does not call trailing whitespace beyond the read limit a truncation', () => {
    expect(normalizeQuery(`policy${' '.repeat(5_000)}`)).toEqual({ text: 'policy', truncated: false, hasTerms: true });
  });

  it.each(['', '   ', '\u0000'])('gives an empty text for %j', (raw) => {
    expect(normalizeQuery(raw)).toEqual({ text: '', truncated: false, hasTerms: false });
  });

  it.each(['!!!', '&|!:*()', '"\'\\', '— … «»', '💥🔥'])('finds no terms in the symbols %j', (raw) => {
    expect(normalizeQuery(raw).hasTerms).toBe(false);
  });

  it.each(['移民', 'الهجرة', 'Migration', '2024', "'; DROP TABLE translations; --"])('finds terms in %j', (raw) => {
    expect(normalizeQuery(raw).hasTerms).toBe(true);
  });
});
