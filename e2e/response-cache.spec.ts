import { expect, test, type APIRequestContext } from '@playwright/test';
import { announcementPath, homePath } from '../lib/i18n/paths';
import { chairStatement, report2024 } from './support/demo';

// The production server (lib/server) answers repeated anonymous requests for public pages from its
// response cache (x-forum-cache: hit) and sends everything personal or internal to Next (bypass).
// How a revalidation empties it is proven in lib/server/production-server.int.test.ts: no public
// route can revalidate, by design.
const article = announcementPath('en', report2024.translation('en').slug);
const cacheStatus = async (request: APIRequestContext, path: string, headers: Record<string, string> = {}) =>
  (await request.get(path, { headers, maxRedirects: 0 })).headers()['x-forum-cache'];

test('a public page, requested again, comes from the response cache with Next’s headers and no cookie', async ({ request }) => {
  // Next's first answer may be a fresh render, which is passed on but not stored: ask until stored.
  await expect.poll(() => cacheStatus(request, article)).toBe('hit');
  const hit = await request.get(article);
  expect(hit.status()).toBe(200);
  expect(hit.headers()['set-cookie']).toBeUndefined();
  expect(hit.headers()['cache-control']).toMatch(/s-maxage=\d+/);
  expect(hit.headers()['content-type']).toBe('text/html; charset=utf-8');
  expect(await hit.text()).toContain(report2024.translation('en').title);
});

test('a localized 404 is stored too, with its status', async ({ request }) => {
  const missing = announcementPath('zh', 'no-such-announcement');
  await expect.poll(() => cacheStatus(request, missing)).toBe('hit');
  const hit = await request.get(missing);
  expect(hit.status()).toBe(404);
  expect(hit.headers()['set-cookie']).toBeUndefined();
});

test('a request with a session cookie always goes to Next', async ({ request }) => {
  const path = announcementPath('zh', chairStatement.translation('zh').slug);
  await expect.poll(() => cacheStatus(request, path)).toBe('hit');
  const session = { cookie: 'authjs.session-token=not-a-real-session' };
  expect(await cacheStatus(request, path, session)).toBe('bypass');
  expect(await cacheStatus(request, path, { cookie: 'NEXT_LOCALE=ar' })).toBe('hit');
});

test('router payloads, prefetches, `/` and the API never come from the cache', async ({ request }) => {
  const home = homePath('en');
  await expect.poll(() => cacheStatus(request, home)).toBe('hit');
  expect(await cacheStatus(request, home, { rsc: '1' })).toBe('bypass');
  expect(await cacheStatus(request, home, { 'next-router-prefetch': '1', rsc: '1' })).toBe('bypass');
  expect(await cacheStatus(request, `${home}?_rsc=abc`)).toBe('bypass');
  expect(await cacheStatus(request, '/')).toBe('bypass');
  expect(await cacheStatus(request, '/api/v1/announcements?locale=en')).toBe('bypass');
});

test('the language switcher’s cookie is never stored for others', async ({ request }) => {
  const path = `/fr/switch-language?from=${encodeURIComponent(homePath('en'))}`;
  for (let i = 0; i < 3; i += 1) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()['x-forum-cache']).toBe('miss');
    expect(response.headers()['set-cookie']).toMatch(/^NEXT_LOCALE=fr;/);
  }
});
