import { describe, expect, it } from 'vitest';
import {
  announcementPath,
  eventPath,
  eventsPath,
  feedPath,
  homePath,
  localePathnames,
  localizedPath,
  mediaPath,
  searchPath,
  topicPath,
} from './paths';

describe('public paths', () => {
  it('puts the first home page at the locale root and later ones under /page/N', () => {
    expect(homePath('en')).toBe('/en');
    expect(homePath('ar', 1)).toBe('/ar');
    expect(homePath('zh', 2)).toBe('/zh/page/2');
    expect(homePath('de', 13)).toBe('/de/page/13');
  });

  it('builds announcement, event, topic and search addresses under the locale', () => {
    expect(announcementPath('zh', 'zhuxi-shengming-2024')).toBe('/zh/announcements/zhuxi-shengming-2024');
    expect(eventsPath('fr')).toBe('/fr/events');
    expect(eventPath('ru', 'suzhou-2024')).toBe('/ru/events/suzhou-2024');
    expect(topicPath('es', 'border-security')).toBe('/es/topics/border-security');
    expect(searchPath('ar')).toBe('/ar/search');
    expect(searchPath('en', 'migration & borders')).toBe('/en/search?q=migration%20%26%20borders');
  });

  it('encodes anything in a slug that is not safe in a path segment', () => {
    expect(announcementPath('en', 'a/b?c')).toBe('/en/announcements/a%2Fb%3Fc');
    expect(announcementPath('zh', '移民')).toBe('/zh/announcements/%E7%A7%BB%E6%B0%91');
  });

  it('gives locale-less pathnames that become the full path with the prefix', () => {
    expect(localePathnames.home()).toBe('/');
    expect(localePathnames.home(3)).toBe('/page/3');
    expect(localizedPath('en', localePathnames.home())).toBe(homePath('en'));
    expect(localizedPath('ar', localePathnames.announcement('x'))).toBe(announcementPath('ar', 'x'));
    expect(localizedPath('zh', localePathnames.event('e'))).toBe(eventPath('zh', 'e'));
  });

  it('names feeds and media', () => {
    expect(feedPath('en', 'rss')).toBe('/en/rss.xml');
    expect(feedPath('zh', 'atom')).toBe('/zh/atom.xml');
    expect(mediaPath('2025/cover photo.jpg')).toBe('/media/2025/cover%20photo.jpg');
  });
});
