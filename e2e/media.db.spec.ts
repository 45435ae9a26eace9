import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type pg from 'pg';
import { announcementPath } from '../lib/i18n/paths';
import { mediaDirectory, writeMedia } from '../lib/media/storage';
import { insertAnnouncement, uniqueTag, withDatabase } from './support/db-rows';

// Cover images are served at /media/{key} from the media folder of the running app (DATA_DIR/media,
// the same folder this spec writes to), once a published announcement uses them. The demo has no
// images: this spec adds a file and the rows, and removes the file afterwards.

// A 2×1 PNG in the site's blue.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAD0lEQVQImWPgDl/CHb4EAAX/Ag0EoDVlAAAAAElFTkSuQmCC',
  'base64',
);
const tag = uniqueTag();
const folder = `e2e-${tag}`;

test.afterAll(async () => {
  await rm(`${mediaDirectory()}/${folder}`, { recursive: true, force: true });
});

async function attachCover(client: pg.Client, announcementId: string, key: string, alts: Record<string, string>) {
  const mediaId = randomUUID();
  await client.query(
    `INSERT INTO media (id, storage_key, mime_type, byte_size, width, height) VALUES ($1, $2, 'image/png', $3, 2, 1)`,
    [mediaId, key, png.length],
  );
  for (const [locale, alt] of Object.entries(alts)) {
    await client.query('INSERT INTO media_translations (media_id, locale, alt, caption) VALUES ($1, $2, $3, $4)', [mediaId, locale, alt, `${alt} (caption)`]);
  }
  await client.query('UPDATE announcements SET cover_media_id = $1 WHERE id = $2', [mediaId, announcementId]);
}

test('a published announcement’s cover loads on its page in every language, with that language’s alt text', async ({ page, request }) => {
  const key = `${folder}/published.png`;
  await writeMedia(key, png);
  const alts = { en: `Delegates ${tag}`, zh: `代表 ${tag}`, ar: `المندوبون ${tag}` };
  await withDatabase(async (client) => {
    const id = await insertAnnouncement(client, {
      sourceLocale: 'en',
      translations: [
        { locale: 'en', slug: `media-${tag}`, title: `Media ${tag}` },
        { locale: 'zh', slug: `meiti-${tag}`, title: `媒体 ${tag}` },
        { locale: 'ar', slug: `wasait-${tag}`, title: `وسائط ${tag}` },
      ],
    });
    await attachCover(client, id, key, alts);
  });

  for (const [locale, slug] of [['en', `media-${tag}`], ['zh', `meiti-${tag}`], ['ar', `wasait-${tag}`]] as const) {
    await page.goto(announcementPath(locale, slug));
    const image = page.getByRole('main').locator('figure').getByRole('img', { name: alts[locale] });
    await expect(image).toBeVisible();
    await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(2);
    await expect(page.getByRole('main').locator('figcaption')).toHaveText(`${alts[locale]} (caption)`);
  }

  const response = await request.get(`/media/${key}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['cache-control']).toContain('immutable');
  expect(Buffer.compare(await response.body(), png)).toBe(0);
});

test('an image only a draft uses, an unused one and paths out of the folder are 404s', async ({ request }) => {
  const draftKey = `${folder}/draft.png`;
  const unusedKey = `${folder}/unused.png`;
  await writeMedia(draftKey, png);
  await writeMedia(unusedKey, png);
  await withDatabase(async (client) => {
    const id = await insertAnnouncement(client, { sourceLocale: 'en', translations: [{ locale: 'en', slug: `draft-${tag}`, title: `Draft ${tag}` }] });
    await client.query(`UPDATE translations SET status = 'DRAFT', published_at = NULL WHERE announcement_id = $1`, [id]);
    await attachCover(client, id, draftKey, { en: 'Draft image' });
    await client.query(
      `INSERT INTO media (id, storage_key, mime_type, byte_size, width, height) VALUES ($1, $2, 'image/png', $3, 2, 1)`,
      [randomUUID(), unusedKey, png.length],
    );
  });
  for (const path of [`/media/${draftKey}`, `/media/${unusedKey}`, `/media/${folder}/missing.png`, '/media/..%2F..%2Fpackage.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(response.headers()['cache-control'], path).toBe('no-store');
  }
});
