import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { localeInfo } from '../lib/i18n/locales';
import { announcementPath, eventPath, homePath, topicPath } from '../lib/i18n/paths';
import { uniqueTag } from './support/db-rows';
import { messagesOf } from './support/messages';

// A crawler trying made-up addresses must not fill the disk: pages render on their first request
// and are cached, but a 404 stays in the server's bounded memory cache
// (lib/cache/route-cache-handler.mjs), and a lookup that found nothing stores no data-cache entry.
// Measured on a production build before the fix: each made-up slug left 7 files (about 50 kB) in
// .next/server/route-cache and one data-cache entry holding `null` in .next/cache/fetch-cache.

const routeCache = path.join('.next', 'server', 'route-cache');
const dataCache = path.join('.next', 'cache', 'fetch-cache');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Data-cache entries written since `since` that cached a lookup which found nothing. */
async function storedMisses(since: number): Promise<string[]> {
  const misses: string[] = [];
  for (const file of await filesUnder(dataCache)) {
    if ((await stat(file)).mtimeMs < since) continue;
    const entry = JSON.parse(await readFile(file, 'utf8')) as { data?: { body?: string } };
    if (entry.data?.body === 'null') misses.push(file);
  }
  return misses;
}

test('50 made-up slugs are localized 404s that leave nothing in the cache on disk', async ({ request }) => {
  const tag = uniqueTag();
  const since = Date.now() - 1000;
  const locales = ['en', 'zh', 'ar'] as const;
  const addresses = [
    ...Array.from({ length: 50 }, (_, i) => {
      const locale = locales[i % locales.length] ?? 'en';
      return { locale, path: announcementPath(locale, `made-up-${tag}-${i}`) };
    }),
    ...locales.flatMap((locale) => [
      { locale, path: eventPath(locale, `made-up-${tag}`) },
      { locale, path: topicPath(locale, `made-up-${tag}`) },
      { locale, path: homePath(locale, 90_000 + Number.parseInt(tag.slice(0, 4), 16)) },
      { locale, path: `/${locale}/made-up-${tag}/page` },
    ]),
  ];
  for (const { locale, path: address } of addresses) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(404);
    const html = await response.text();
    expect(html, address).toContain(`<html lang="${locale}" dir="${localeInfo[locale].dir}"`);
    expect(html, address).toContain(messagesOf(locale).NotFoundPage.title);
  }
  // Asked again, still a 404 (now from the memory cache).
  expect((await request.get(addresses[0]?.path ?? '')).status()).toBe(404);

  // Next stores a rendered page after answering: give it a moment, then look.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect((await filesUnder(routeCache)).filter((file) => file.includes(tag))).toEqual([]);
  expect(await storedMisses(since)).toEqual([]);
});
