import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { locales } from '../i18n/locales';
import {
  buildAllLocalesHreflang,
  buildAnnouncementHreflang,
  buildFeedAlternates,
  pickDefaultTranslation,
  type TranslationRef,
} from './alternates';

const origin = 'https://forum.example.org';
const en: TranslationRef = { locale: 'en', slug: 'report-2024' };
const ru: TranslationRef = { locale: 'ru', slug: 'otchet-2024' };
const zh: TranslationRef = { locale: 'zh', slug: 'baogao-2024' };

beforeEach(() => vi.stubEnv('SITE_URL', origin));
afterEach(() => vi.unstubAllEnvs());

describe('pickDefaultTranslation', () => {
  it('prefers the source translation', () => {
    expect(pickDefaultTranslation([en, ru], 'ru')).toEqual(ru);
  });

  it('falls back to the first published locale in the configured order when the source is unpublished', () => {
    expect(pickDefaultTranslation([ru, zh], 'fr')).toEqual(zh);
  });

  it('is undefined without any published translation', () => {
    expect(pickDefaultTranslation([], 'en')).toBeUndefined();
  });
});

describe('buildAnnouncementHreflang', () => {
  it('lists every published translation and x-default pointing at the source', () => {
    expect(buildAnnouncementHreflang([ru, en], 'en')).toEqual({
      en: `${origin}/en/announcements/report-2024`,
      ru: `${origin}/ru/announcements/otchet-2024`,
      'x-default': `${origin}/en/announcements/report-2024`,
    });
  });

  it('orders entries by the locale list whatever the input order', () => {
    expect(Object.keys(buildAnnouncementHreflang([ru, en, zh], 'en'))).toEqual(['en', 'zh', 'ru', 'x-default']);
  });

  it('is the same set on every translation of the announcement (reciprocity)', () => {
    const fromEn = buildAnnouncementHreflang([en, ru], 'en');
    const fromRu = buildAnnouncementHreflang([ru, en], 'en');
    expect(fromRu).toEqual(fromEn);
  });

  it('keeps one entry per locale', () => {
    expect(buildAnnouncementHreflang([en, { locale: 'en', slug: 'duplicate' }], 'en').en).toBe(
      `${origin}/en/announcements/report-2024`,
    );
  });

  it('is empty without published translations', () => {
    expect(buildAnnouncementHreflang([], 'en')).toEqual({});
  });

  it('encodes slugs', () => {
    expect(buildAnnouncementHreflang([{ locale: 'en', slug: 'a b' }], 'en').en).toBe(`${origin}/en/announcements/a%20b`);
  });
});

describe('buildAllLocalesHreflang', () => {
  it('lists every configured locale and x-default on the default locale', () => {
    const map = buildAllLocalesHreflang((locale) => `/${locale}/topics/border-security`);
    expect(Object.keys(map)).toEqual([...locales, 'x-default']);
    expect(map.ar).toBe(`${origin}/ar/topics/border-security`);
    expect(map['x-default']).toBe(`${origin}/en/topics/border-security`);
  });
});

describe('buildFeedAlternates', () => {
  it('links the RSS and Atom feeds of the locale with absolute URLs', () => {
    expect(buildFeedAlternates('zh', '论坛门户')).toEqual({
      'application/rss+xml': [{ url: `${origin}/zh/rss.xml`, title: '论坛门户 (RSS)' }],
      'application/atom+xml': [{ url: `${origin}/zh/atom.xml`, title: '论坛门户 (Atom)' }],
    });
  });

  it('uses http://localhost:PORT without SITE_URL', () => {
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('PORT', '3100');
    expect(buildFeedAlternates('en', 'Forum')['application/rss+xml'][0]?.url).toBe('http://localhost:3100/en/rss.xml');
  });
});
