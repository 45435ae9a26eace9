import { describe, expect, it, vi } from 'vitest';
import { config } from '../../proxy';
import { locales } from './locales';

// Only the matcher is under test; next-intl's middleware needs Next's runtime to load.
vi.mock('next-intl/middleware', () => ({ default: () => () => undefined }));

// Next compiles the matcher with path-to-regexp; for this pattern that is the same as a RegExp.
const matches = (path: string) => new RegExp(`^${config.matcher}$`).test(path);

describe('the proxy (locale negotiation) matcher', () => {
  it.each([...locales])('leaves pages under /%s/ alone: their address names the locale', (locale) => {
    for (const path of [`/${locale}`, `/${locale}/`, `/${locale}/announcements/x`, `/${locale}/page/2`]) {
      expect(matches(path), `${path}: add the locale to the matcher in proxy.ts`).toBe(false);
    }
  });

  it('negotiates addresses without a locale', () => {
    for (const path of ['/', '/xx', '/xx/events', '/english', '/announcements/x']) expect(matches(path), path).toBe(true);
  });

  it('leaves API routes, media, Next internals and files alone', () => {
    for (const path of ['/api/v1/announcements', '/media/covers/3f2a9c', '/_next/static/a.js', '/favicon.ico', '/sitemap.xml']) {
      expect(matches(path), path).toBe(false);
    }
  });
});
