import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { announcementListQuerySchema, announcementParamsSchema } from './schema';

const fieldErrors = (input: Record<string, string>) => {
  const parsed = announcementListQuerySchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe('announcementListQuerySchema', () => {
  it('defaults to the first page of 20', () => {
    expect(announcementListQuerySchema.parse({ locale: 'zh' })).toEqual({ locale: 'zh', page: 1, pageSize: 20 });
  });

  it('reads numbers from query strings and ignores unknown parameters', () => {
    expect(announcementListQuerySchema.parse({ locale: 'ar', page: '3', pageSize: '100', sort: 'x' })).toEqual({
      locale: 'ar',
      page: 3,
      pageSize: 100,
    });
  });

  it.each([
    [{ page: '1' }, 'locale'],
    [{ locale: 'xx' }, 'locale'],
    [{ locale: 'EN' }, 'locale'],
    [{ locale: 'en', page: '0' }, 'page'],
    [{ locale: 'en', page: '-2' }, 'page'],
    [{ locale: 'en', page: 'abc' }, 'page'],
    [{ locale: 'en', page: '1.5' }, 'page'],
    [{ locale: 'en', page: '' }, 'page'],
    [{ locale: 'en', page: '1e3' }, 'page'],
    [{ locale: 'en', page: '99999999999999999999' }, 'page'],
    [{ locale: 'en', pageSize: '101' }, 'pageSize'],
    [{ locale: 'en', pageSize: '0' }, 'pageSize'],
  ])('refuses %j, naming %s', (input, field) => {
    const errors = fieldErrors(input);
    expect(Object.keys(errors)).toEqual([field]);
  });

  it('says what is wrong in words', () => {
    expect(fieldErrors({ locale: 'xx', page: '0', pageSize: '500' })).toEqual({
      locale: ['must be one of en, zh, ru, fr, de, es, ar'],
      page: ['must be at least 1'],
      pageSize: ['must be at most 100'],
    });
    expect(fieldErrors({ locale: 'en', page: 'two' })).toEqual({ page: ['must be a whole number'] });
  });
});

describe('announcementParamsSchema', () => {
  it('accepts cuids', () => {
    expect(announcementParamsSchema.parse({ id: 'cm3x8k2p40000abcd1234efgh' })).toEqual({ id: 'cm3x8k2p40000abcd1234efgh' });
  });

  it.each(['', 'a b', "x'; drop table", 'é', 'a'.repeat(65)])('refuses %j', (id) => {
    expect(announcementParamsSchema.safeParse({ id }).success).toBe(false);
  });
});
