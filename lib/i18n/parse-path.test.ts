import { describe, expect, it } from 'vitest';
import { parsePublicPath } from './parse-path';
import { announcementPath, eventPath, eventsPath, homePath, searchPath, topicPath } from './paths';

describe('parsePublicPath', () => {
  it('reads back every address paths.ts builds', () => {
    expect(parsePublicPath(homePath('en'))).toEqual({ locale: 'en', page: { kind: 'home' } });
    expect(parsePublicPath(homePath('zh', 3))).toEqual({ locale: 'zh', page: { kind: 'home' } });
    expect(parsePublicPath(announcementPath('ar', 'a-b'))).toEqual({
      locale: 'ar',
      page: { kind: 'announcement', slug: 'a-b' },
    });
    expect(parsePublicPath(eventsPath('ru'))).toEqual({ locale: 'ru', page: { kind: 'events' } });
    expect(parsePublicPath(eventPath('fr', 'e-1'))).toEqual({ locale: 'fr', page: { kind: 'event', slug: 'e-1' } });
    expect(parsePublicPath(topicPath('de', 't'))).toEqual({ locale: 'de', page: { kind: 'topic', slug: 't' } });
    expect(parsePublicPath(searchPath('es', 'x y'))).toEqual({ locale: 'es', page: { kind: 'search' } });
  });

  it('decodes slugs', () => {
    expect(parsePublicPath(announcementPath('zh', '移民'))).toEqual({
      locale: 'zh',
      page: { kind: 'announcement', slug: '移民' },
    });
  });

  it('tolerates a trailing slash', () => {
    expect(parsePublicPath('/en/')).toEqual({ locale: 'en', page: { kind: 'home' } });
    expect(parsePublicPath('/en/events/')).toEqual({ locale: 'en', page: { kind: 'events' } });
  });

  it.each([
    ['another site', 'https://evil.example/en'],
    ['a protocol-relative address', '//evil.example/en'],
    ['a relative path', 'en/events'],
    ['an unknown locale', '/xx/events'],
    ['nothing', ''],
  ])('has no locale for %s', (_, path) => {
    expect(parsePublicPath(path)).toEqual({ locale: null, page: { kind: 'other' } });
  });

  it.each([
    ['an unknown section', '/en/nowhere'],
    ['a path too deep', '/en/announcements/a/b'],
    ['a page number that is not a number', '/en/page/two'],
    ['a broken escape', '/en/announcements/%E0%A4%A'],
    ['an announcement without slug', '/en/announcements'],
  ])('keeps the locale of %s but not the page', (_, path) => {
    expect(parsePublicPath(path)).toEqual({ locale: 'en', page: { kind: 'other' } });
  });
});
