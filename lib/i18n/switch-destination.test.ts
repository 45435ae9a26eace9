import { describe, expect, it } from 'vitest';
import { switchDestination } from './switch-destination';

describe('switchDestination', () => {
  it('goes to the same announcement where the target locale has a translation', () => {
    expect(switchDestination('zh', { kind: 'announcement', slug: 'en-slug' }, 'zh-slug')).toBe(
      '/zh/announcements/zh-slug',
    );
  });

  it('goes to the target home where the announcement has no translation (never a fallback or 404)', () => {
    expect(switchDestination('ar', { kind: 'announcement', slug: 'en-slug' }, null)).toBe('/ar');
  });

  it('keeps pages that exist in every locale', () => {
    expect(switchDestination('ru', { kind: 'events' }, null)).toBe('/ru/events');
    expect(switchDestination('fr', { kind: 'event', slug: 'e' }, null)).toBe('/fr/events/e');
    expect(switchDestination('de', { kind: 'topic', slug: 't' }, null)).toBe('/de/topics/t');
    expect(switchDestination('es', { kind: 'search' }, null)).toBe('/es/search');
  });

  it('sends later list pages and unknown pages to the first home page', () => {
    expect(switchDestination('zh', { kind: 'home' }, null)).toBe('/zh');
    expect(switchDestination('en', { kind: 'other' }, null)).toBe('/en');
  });
});
