import { expect, test } from '@playwright/test';
import { homePath } from '../lib/i18n/paths';
import { insertAnnouncement, uniqueTag, withDatabase } from './support/db-rows';
import { fill, messagesOf } from './support/messages';

// Ten more Russian announcements make eleven: two pages. Earlier specs have the first page cached
// (it tells how many pages there are), so the announcements are scheduled for a moment ago: the
// publishing clock puts them live within seconds and refreshes the Russian pages, as it does for an
// editor's scheduled publication.
test('ru: the latest list continues on /ru/page/2, which links back and is its own canonical', async ({ page, baseURL }) => {
  const tag = uniqueTag();
  await withDatabase(async (client) => {
    for (let n = 1; n <= 10; n += 1) {
      await insertAnnouncement(client, {
        sourceLocale: 'ru',
        publication: 'due',
        translations: [{ locale: 'ru', slug: `soobshchenie-${n}-${tag}`, title: `Сообщение ${n} ${tag}` }],
      });
    }
  });
  await expect.poll(async () => (await page.request.get(homePath('ru', 2))).status(), { timeout: 30_000 }).toBe(200);
  await page.goto(homePath('ru', 2));
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
