import { expect, test } from '@playwright/test';
import { homePath } from '../lib/i18n/paths';
import { insertAnnouncement, uniqueTag, withDatabase } from './support/db-rows';
import { fill, messagesOf } from './support/messages';

// Ten more Russian announcements make eleven: two pages. The first page may still be cached from
// the earlier specs (it refreshes within a minute, or at once when an editor publishes); the second
// has never been rendered, so it shows the database as it is now.
test('ru: the latest list continues on /ru/page/2, which links back and is its own canonical', async ({ page, baseURL }) => {
  const tag = uniqueTag();
  await withDatabase(async (client) => {
    for (let n = 1; n <= 10; n += 1) {
      await insertAnnouncement(client, {
        sourceLocale: 'ru',
        translations: [{ locale: 'ru', slug: `soobshchenie-${n}-${tag}`, title: `Сообщение ${n} ${tag}` }],
      });
    }
  });
  const response = await page.goto(homePath('ru', 2));
  expect(response?.status()).toBe(200);
  const messages = messagesOf('ru');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fill(messages.HomePage.headingPage, { page: '2' }));
  await expect(page.locator('main .announcement-list > li')).toHaveCount(1);
  const pages = page.getByRole('navigation', { name: messages.Pagination.label });
  await expect(pages).toContainText(fill(messages.Pagination.status, { page: '2', count: '2' }));
  await expect(pages.getByRole('link', { name: messages.Pagination.previous })).toHaveAttribute('href', homePath('ru'));
  await expect(pages.getByRole('link', { name: messages.Pagination.next })).toHaveCount(0);
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${homePath('ru', 2)}`);
  await expect(page.locator('head link[rel="alternate"][hreflang]')).toHaveCount(0);
  expect((await page.goto(homePath('ru', 3)))?.status()).toBe(404);
});
