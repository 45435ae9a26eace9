import { describe, expect, it } from 'vitest';
import { buildListItem, fallbackSlugs, type ListedAnnouncement } from './list-items';

const at = '2025-09-18T10:00:00.000Z';
const translation = (locale: 'en' | 'zh' | 'fr', slug: string) => ({ locale, slug, title: `T ${slug}`, summary: '', publishedAt: at });

const bilingual: ListedAnnouncement = {
  id: 'a',
  sourceLocale: 'en',
  lifecycle: 'ACTIVE',
  published: [translation('en', 'report'), translation('zh', 'baogao')],
};
const frenchOnly: ListedAnnouncement = { id: 'b', sourceLocale: 'fr', lifecycle: 'WITHDRAWN', published: [translation('fr', 'rapport')] };

describe('buildListItem', () => {
  it('links the locale’s own translation', () => {
    expect(buildListItem('zh', bilingual, new Set())).toEqual({
      id: 'a',
      lifecycle: 'ACTIVE',
      shown: translation('zh', 'baogao'),
      untranslated: false,
      href: '/zh/announcements/baogao',
    });
  });

  it('marks an untranslated announcement and links its fallback page in the reader’s locale', () => {
    expect(buildListItem('ar', frenchOnly, new Set())).toMatchObject({
      shown: { locale: 'fr' },
      untranslated: true,
      lifecycle: 'WITHDRAWN',
      href: '/ar/announcements/rapport',
    });
  });

  it('links the original when the fallback address is another announcement’s in that locale', () => {
    expect(buildListItem('ar', frenchOnly, new Set(['rapport']))?.href).toBe('/fr/announcements/rapport');
  });

  it('lists nothing for an announcement without a published translation', () => {
    expect(buildListItem('en', { ...frenchOnly, published: [] }, new Set())).toBeNull();
  });
});

describe('fallbackSlugs', () => {
  it('names the slugs a list would use as fallback addresses', () => {
    expect(fallbackSlugs('zh', [bilingual, frenchOnly])).toEqual(['rapport']);
    expect(fallbackSlugs('de', [bilingual, frenchOnly])).toEqual(['report', 'rapport']);
  });
});
