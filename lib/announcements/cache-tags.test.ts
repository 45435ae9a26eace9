import { describe, expect, it } from 'vitest';
import { cacheTags, tagsForAnnouncementChange, tagsForTaxonomyChange } from './cache-tags';

describe('cache tags', () => {
  it('expire the announcement, the changed locales’ lists, the archive and slug lookups', () => {
    expect(tagsForAnnouncementChange('a1', ['zh', 'en'])).toEqual([
      'announcement:a1',
      'latest:en',
      'latest:zh',
      'archive',
      'slug-misses',
    ]);
  });

  it('expire every locale’s list when no locale is named (a change of the announcement itself)', () => {
    const tags = tagsForAnnouncementChange('a1');
    expect(tags.filter((tag) => tag.startsWith('latest:'))).toEqual([
      'latest:en',
      'latest:zh',
      'latest:ru',
      'latest:fr',
      'latest:de',
      'latest:es',
      'latest:ar',
    ]);
  });

  it('stay within Next’s 256-character limit for real ids', () => {
    expect(cacheTags.announcement('c'.repeat(30)).length).toBeLessThan(256);
  });

  it('expire names and archive on taxonomy changes', () => {
    expect(tagsForTaxonomyChange()).toEqual(['taxonomy', 'archive']);
  });
});
