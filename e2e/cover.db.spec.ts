import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { announcementPath } from '../lib/i18n/paths';
import { insertAnnouncement, uniqueTag, withDatabase } from './support/db-rows';

// The cover image carries the alt text and caption of the page's language; where that language has
// none, another one's, marked with its language (the demo has no images: this spec adds one).
test('the cover image has the alt text and caption of the page’s language', async ({ page }) => {
  const tag = uniqueTag();
  await withDatabase(async (client) => {
    const id = await insertAnnouncement(client, {
      sourceLocale: 'en',
      translations: [
        { locale: 'en', slug: `cover-${tag}`, title: `With a cover ${tag}` },
        { locale: 'zh', slug: `fengmian-${tag}`, title: `有封面 ${tag}` },
      ],
    });
    const mediaId = randomUUID();
    await client.query(
      `INSERT INTO media (id, storage_key, mime_type, byte_size, width, height) VALUES ($1, $2, 'image/jpeg', 1000, 1200, 800)`,
      [mediaId, `covers/${tag}.jpg`],
    );
    await client.query(
      `INSERT INTO media_translations (media_id, locale, alt, caption) VALUES ($1, 'en', $2, $3), ($1, 'zh', $4, $5)`,
      [mediaId, `Delegates in the hall ${tag}`, `The opening session ${tag}`, `会场中的代表 ${tag}`, `开幕式 ${tag}`],
    );
    await client.query('UPDATE announcements SET cover_media_id = $1 WHERE id = $2', [mediaId, id]);
  });

  await page.goto(announcementPath('zh', `fengmian-${tag}`));
  const figure = page.locator('main figure');
  await expect(figure.locator('img')).toHaveAttribute('alt', `会场中的代表 ${tag}`);
  await expect(figure.locator('img')).toHaveAttribute('src', `/media/covers/${tag}.jpg`);
  await expect(figure.locator('figcaption')).toHaveText(`开幕式 ${tag}`);

  // Arabic has neither a translation nor an alt text: the English ones, marked as English.
  await page.goto(announcementPath('ar', `cover-${tag}`));
  await expect(figure.locator('img')).toHaveAttribute('alt', `Delegates in the hall ${tag}`);
  await expect(figure.locator('figcaption')).toHaveAttribute('lang', 'en');
});
