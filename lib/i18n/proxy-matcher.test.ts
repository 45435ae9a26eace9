import { describe, expect, it, vi } from 'vitest';
import { config } from '../../proxy';
import { locales } from './locales';

// Only the matcher is under test; next-intl's middleware needs Next's runtime to load.
vi.mock('next-intl/middleware', () => ({ default: () => () => undefined }));

// Next compiles the matchers with path-to-regexp; for these patterns that is the same as a RegExp.
const matches = (path: string) => config.matcher.some((pattern) => new RegExp(`^${pattern}$`).test(path));

describe('the proxy (locale negotiation) matcher', () => {
  it.each([...locales])('leaves pages under /%s/ alone: their address names the locale', (locale) => {
    for (const path of [`/${locale}`, `/${locale}/`, `/${locale}/announcements/x`, `/${locale}/page/2`, `/${locale}/editorial`]) {
      expect(matches(path), `${path}: add the locale to the matcher in proxy.ts`).toBe(false);
    }
  });

  it.each([...locales])('takes the editor pages under /%s/editor, which get a nonce', (locale) => {
    for (const path of [`/${locale}/editor`, `/${locale}/editor/`, `/${locale}/editor/announcements/x/zh`]) {
      expect(matches(path), `${path}: add the locale to the editor matcher in proxy.ts`).toBe(true);
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
