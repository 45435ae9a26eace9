import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN } from './schema';
import { firstFreeSlug, slugFromTitle } from './slug';

describe('slugFromTitle', () => {
  it.each([
    ['Chairman’s Statement of the Sub-Forum', 'chairman-s-statement-of-the-sub-forum'],
    ['Заявление председателя подфорума', 'zayavlenie-predsedatelya-podforuma'],
    ['移民管理合作分论坛', 'yi-min-guan-li-he-zuo-fen-lun-tan'],
    ['Déclaration — Über Straße', 'declaration-uber-strasse'],
    ['  2025  Forum!!  ', '2025-forum'],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it('makes a valid slug from Arabic', () => {
    const slug = slugFromTitle('بيان رئيس المنتدى الفرعي للتعاون');
    expect(slug).toMatch(SLUG_PATTERN);
    expect(slug.length).toBeGreaterThan(5);
  });

  it('gives an empty slug when nothing can be transliterated, and caps the length', () => {
    expect(slugFromTitle('!!! ???')).toBe('');
    expect(slugFromTitle('word '.repeat(100)).length).toBeLessThanOrEqual(200);
    expect(slugFromTitle('word '.repeat(100))).toMatch(SLUG_PATTERN);
  });
});

describe('firstFreeSlug', () => {
  it('numbers the slug until it is free', async () => {
    const taken = new Set(['report', 'report-2']);
    expect(await firstFreeSlug('report', async (slug) => taken.has(slug))).toBe('report-3');
    expect(await firstFreeSlug('', async () => false)).toBe('announcement');
  });
});
