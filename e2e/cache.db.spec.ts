import { expect, test } from '@playwright/test';
import { announcementPath } from '../lib/i18n/paths';
import { insertAnnouncement, uniqueTag, withDatabase } from './support/db-rows';

// Public pages are rendered once and then served from Next's cache: a change made behind the app's
// back (straight in the database) does not show, because nothing revalidated the page's tags. An
// editor's change goes through revalidateAnnouncement, which expires them (see
// lib/announcements/revalidate.int.test.ts; no public route can trigger it, by design).
test('an announcement page is served from the cache, not the database', async ({ request }) => {
  const tag = uniqueTag();
  const slug = `cached-${tag}`;
  await withDatabase((client) =>
    insertAnnouncement(client, { sourceLocale: 'en', translations: [{ locale: 'en', slug, title: `First title ${tag}` }] }),
  );
  const path = announcementPath('en', slug);
  expect(await (await request.get(path)).text()).toContain(`First title ${tag}`);
  // The first request rendered the page; Next stores it as it answers, so wait until it is stored.
  await expect.poll(async () => (await request.get(path)).headers()['x-nextjs-cache']).toBe('HIT');

  await withDatabase((client) => client.query('UPDATE translations SET title = $1 WHERE locale = $2 AND slug = $3', [`Second title ${tag}`, 'en', slug]));
  const again = await request.get(path);
  expect(again.headers()['x-nextjs-cache']).toBe('HIT');
  const html = await again.text();
  expect(html).toContain(`First title ${tag}`);
  expect(html).not.toContain(`Second title ${tag}`);
});

test('drafts and future publications stay off the public pages', async ({ request }) => {
  const tag = uniqueTag();
  await withDatabase(async (client) => {
    const id = await insertAnnouncement(client, { sourceLocale: 'en', translations: [{ locale: 'en', slug: `live-${tag}`, title: `Live ${tag}` }] });
    await client.query(
      `INSERT INTO translations (id, announcement_id, locale, title, slug, status, published_at, updated_at)
       VALUES (gen_random_uuid()::text, $1, 'zh', $2, $3, 'DRAFT', NULL, now()),
              (gen_random_uuid()::text, $1, 'ar', $4, $5, 'PUBLISHED', now() + interval '1 day', now())`,
      [id, `草稿 ${tag}`, `caogao-${tag}`, `غدا ${tag}`, `ghadan-${tag}`],
    );
  });
  expect((await request.get(announcementPath('zh', `caogao-${tag}`))).status()).toBe(404);
  expect((await request.get(announcementPath('ar', `ghadan-${tag}`))).status()).toBe(404);
  // Where the draft and the future text would be, readers get the honest fallback to English.
  for (const locale of ['zh', 'ar'] as const) {
    const html = await (await request.get(announcementPath(locale, `live-${tag}`))).text();
    expect(html).toContain(`Live ${tag}`);
    expect(html).toContain('noindex');
    expect(html).not.toContain(`草稿 ${tag}`);
    expect(html).not.toContain(`غدا ${tag}`);
  }
});
