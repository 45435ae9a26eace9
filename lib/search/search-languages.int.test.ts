import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../i18n/locales';
import { SearchFixtures } from './search-fixtures';

// Each language's configuration: inflected and derived forms of a query find the text, Chinese is
// found through word segmentation, and the snippet highlights the matched words.
const fixtures = new SearchFixtures();
const slugs = new Map<string, string>();

const texts: Array<[key: string, locale: Locale, title: string, body: string]> = [
  ['ru', 'ru', 'Миграционная политика и сотрудничество', 'Делегаты обсудили, как миграционная политика влияет на границы.'],
  ['de', 'de', 'Forum in Suzhou', 'Die Zusammenarbeit im Migrationsmanagement wurde vertieft.'],
  ['fr', 'fr', 'Coopération', 'Les migrations internationales étaient au centre des débats.'],
  ['es', 'es', 'Cooperación regional', 'Las políticas migratorias de los países vecinos.'],
  ['en', 'en', 'Border cooperation', 'Managing migrations across borders needs partners.'],
  ['zh', 'zh', '全球公共安全合作论坛移民管理合作分论坛在苏州开幕', '来自57个国家和地区的移民管理部门负责人出席。'],
  ['ar', 'ar', 'منتدى التعاون', 'ناقش المشاركون التعاون في إدارة الهجرة الدولية.'],
  ['zh-other', 'zh', '公共安全论坛闭幕', '各方代表讨论了警务合作。'],
];

beforeAll(async () => {
  for (const [key, locale, title, body] of texts) slugs.set(key, await fixtures.add({ locale, title, body }));
});

afterAll(() => fixtures.dispose());

describe('inflected and derived forms', () => {
  it.each([
    { locale: 'ru', query: 'миграционной политики' },
    { locale: 'de', query: 'Migrationsmanagements' },
    { locale: 'fr', query: 'migration internationale' },
    { locale: 'es', query: 'política migratoria' },
    { locale: 'en', query: 'migration managed' },
    { locale: 'ar', query: 'هجرة دولية' },
    { locale: 'ar', query: 'الهجرة' },
  ] as const)('$locale: "$query" finds the text', async ({ locale, query }) => {
    expect(await fixtures.slugs(locale, query)).toContain(slugs.get(locale));
  });
});

describe('Chinese', () => {
  it('"移民管理" finds the announcement about migration management, not the other one', async () => {
    const found = await fixtures.slugs('zh', '移民管理');
    expect(found).toContain(slugs.get('zh'));
    expect(found).not.toContain(slugs.get('zh-other'));
  });

  it('"公共安全" finds both', async () => {
    expect(await fixtures.slugs('zh', '公共安全')).toEqual(expect.arrayContaining([slugs.get('zh'), slugs.get('zh-other')]));
  });

  it('highlights the matched words in a snippet without segmentation spaces', async () => {
    const outcome = await fixtures.search('zh', '移民管理');
    const hit = outcome.kind === 'results' ? outcome.hits.find((h) => h.slug === slugs.get('zh')) : undefined;
    expect(hit?.snippet).toContainEqual({ text: '移民管理', highlight: true });
    expect(hit?.snippet.map((part) => part.text).join('')).toContain('来自57个国家和地区的移民管理部门');
  });
});

describe('snippets', () => {
  it('highlight the inflected word as it is written in the text', async () => {
    const outcome = await fixtures.search('ru', 'миграционной политики');
    const hit = outcome.kind === 'results' ? outcome.hits.find((h) => h.slug === slugs.get('ru')) : undefined;
    expect(hit?.snippet.filter((part) => part.highlight).map((part) => part.text)).toEqual(
      expect.arrayContaining(['миграционная', 'политика']),
    );
  });
});

describe('locales', () => {
  it('a query finds nothing in a locale whose texts do not contain it', async () => {
    expect(await fixtures.slugs('en', 'Migrationsmanagements')).not.toContain(slugs.get('de'));
    expect(await fixtures.slugs('de', 'migration managed')).not.toContain(slugs.get('en'));
  });
});
