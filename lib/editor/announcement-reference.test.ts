import { describe, expect, it } from 'vitest';
import { parseAnnouncementReference } from './announcement-reference';

describe('parseAnnouncementReference', () => {
  it.each([
    ['cm3x9k2ab0000qwerty', { kind: 'id', id: 'cm3x9k2ab0000qwerty' }],
    ['  cm3x9k2ab0000qwerty  ', { kind: 'id', id: 'cm3x9k2ab0000qwerty' }],
    ['/en/announcements/forum-opens', { kind: 'public', locale: 'en', slug: 'forum-opens' }],
    ['/zh/announcements/yi-min-guan-li/', { kind: 'public', locale: 'zh', slug: 'yi-min-guan-li' }],
    ['https://forum.example.org/ar/announcements/bayan?x=1#top', { kind: 'public', locale: 'ar', slug: 'bayan' }],
    ['http://localhost:3000/fr/announcements/forum', { kind: 'public', locale: 'fr', slug: 'forum' }],
    ['/de/editor/announcements/cm3x9k2ab/en', { kind: 'id', id: 'cm3x9k2ab' }],
  ])('%s', (value, expected) => {
    expect(parseAnnouncementReference(value)).toEqual(expected);
  });

  it.each(['', '   ', '/en/events/forum', '/xx/announcements/forum', '/en/announcements/', 'not an id', 'ftp://x/en/announcements/a'])(
    'names no announcement: %j',
    (value) => {
      expect(parseAnnouncementReference(value)).toBeNull();
    },
  );
});
