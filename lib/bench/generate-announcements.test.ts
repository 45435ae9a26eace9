import { describe, expect, it } from 'vitest';
import { locales } from '../i18n/locales';
import { GENERATION_REFERENCE, generateAnnouncement } from './generate-announcements';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const sample = Array.from({ length: 300 }, (_, index) => generateAnnouncement(index));

describe('generated benchmark announcements', () => {
  it('are deterministic for an index and seed, and differ between seeds', () => {
    expect(generateAnnouncement(42)).toEqual(generateAnnouncement(42));
    expect(generateAnnouncement(42, 2)).not.toEqual(generateAnnouncement(42, 1));
  });

  it('have one published translation in every locale, dated in the past', () => {
    for (const announcement of sample) {
      expect(announcement.translations.map((t) => t.locale)).toEqual([...locales]);
      for (const t of announcement.translations) {
        expect(t.publishedAt.getTime()).toBeLessThan(GENERATION_REFERENCE.getTime());
        for (const text of [t.title, t.summary, t.body]) expect(text.trim()).not.toBe('');
        expect(t.title + t.summary + t.body).not.toMatch(/[{}]/);
      }
    }
  });

  it('have valid slugs, unique per locale, and unique ids', () => {
    const translations = sample.flatMap((a) => a.translations);
    for (const t of translations) expect(t.slug).toMatch(SLUG);
    for (const locale of locales) {
      const slugs = translations.filter((t) => t.locale === locale).map((t) => t.slug);
      expect(new Set(slugs).size).toBe(sample.length);
    }
    expect(new Set(translations.map((t) => t.id)).size).toBe(translations.length);
    expect(new Set(sample.map((a) => a.id)).size).toBe(sample.length);
  });

  it('write zh, ru and ar in their own scripts', () => {
    const scripts = { zh: /\p{Script=Han}/u, ru: /\p{Script=Cyrillic}/u, ar: /\p{Script=Arabic}/u } as const;
    for (const announcement of sample.slice(0, 50)) {
      for (const [locale, script] of Object.entries(scripts)) {
        const t = announcement.translations.find((x) => x.locale === locale);
        for (const text of [t?.title ?? '', t?.summary ?? '', t?.body ?? '']) {
          expect(text).toMatch(script);
          expect(text).not.toMatch(/[A-Za-z]/);
        }
      }
    }
  });

  it('vary enough that one topic word matches a fraction of documents, not all', () => {
    const english = sample.map((a) => a.translations[0]);
    const share = (word: RegExp) => english.filter((t) => word.test(`${t?.title} ${t?.summary} ${t?.body}`)).length / sample.length;
    for (const word of [/border security/i, /Geneva/, /trafficking/i, /observers/i]) {
      expect(share(word)).toBeGreaterThan(0.02);
      expect(share(word)).toBeLessThan(0.6);
    }
  });
});
