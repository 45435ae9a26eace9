import { expect, test } from '@playwright/test';
import { announcementPath } from '../lib/i18n/paths';
import { insertAnnouncement, uniqueTag, withDatabase } from './support/db-rows';
import { fill, messagesOf } from './support/messages';

// Corrected, superseded and withdrawn announcements say so in every locale (own pages and fallback
// pages alike) and link the announcement that replaces them, in the reader's locale when it exists.

test('a superseded announcement links its successor, in the reader’s language when it has one', async ({ page }) => {
  const tag = uniqueTag();
  const slugs = { newEn: `newer-${tag}`, newAr: `ahdath-${tag}`, oldEn: `older-${tag}`, oldZh: `jiu-${tag}` };
  await withDatabase(async (client) => {
    const newer = await insertAnnouncement(client, {
      sourceLocale: 'en',
      translations: [
        { locale: 'en', slug: slugs.newEn, title: `Newer report ${tag}` },
        { locale: 'ar', slug: slugs.newAr, title: `تقرير أحدث ${tag}` },
      ],
    });
    await insertAnnouncement(client, {
      sourceLocale: 'en',
      lifecycle: 'SUPERSEDED',
      supersededById: newer,
      translations: [
        { locale: 'en', slug: slugs.oldEn, title: `Older report ${tag}` },
        { locale: 'zh', slug: slugs.oldZh, title: `旧报告 ${tag}` },
      ],
    });
  });

  const cases = [
    { locale: 'en', path: announcementPath('en', slugs.oldEn), link: `Newer report ${tag}`, to: announcementPath('en', slugs.newEn) },
    { locale: 'zh', path: announcementPath('zh', slugs.oldZh), link: `Newer report ${tag}`, to: announcementPath('en', slugs.newEn) },
    { locale: 'ar', path: announcementPath('ar', slugs.oldEn), link: `تقرير أحدث ${tag}`, to: announcementPath('ar', slugs.newAr) },
  ] as const;
  for (const { locale, path, link, to } of cases) {
    expect((await page.goto(path))?.status()).toBe(200);
    const banner = page.getByRole('note').filter({ hasText: messagesOf(locale).Lifecycle.bannerSUPERSEDED });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(fill(messagesOf(locale).Lifecycle.successor).trim());
    const successor = banner.getByRole('link', { name: link });
    await expect(successor).toHaveAttribute('href', to);
    // A title in another script than the page's is isolated, with its own language.
    await expect(successor.locator('bdi')).toHaveAttribute('lang', to.split('/')[1] ?? '');
  }
  await page.getByRole('note').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`تقرير أحدث ${tag}`);
});

test('withdrawn and corrected announcements say so in every locale, without a link', async ({ page }) => {
  const tag = uniqueTag();
  await withDatabase(async (client) => {
    await insertAnnouncement(client, {
      sourceLocale: 'zh',
      lifecycle: 'WITHDRAWN',
      translations: [{ locale: 'zh', slug: `chehui-${tag}`, title: `已撤回的公告 ${tag}` }],
    });
    await insertAnnouncement(client, {
      sourceLocale: 'ar',
      lifecycle: 'CORRECTED',
      translations: [{ locale: 'ar', slug: `musahhah-${tag}`, title: `إعلان مصحح ${tag}` }],
    });
  });
  for (const locale of ['en', 'zh', 'ar'] as const) {
    await page.goto(announcementPath(locale, `chehui-${tag}`));
    await expect(page.getByRole('note').filter({ hasText: messagesOf(locale).Lifecycle.bannerWITHDRAWN })).toBeVisible();
    await page.goto(announcementPath(locale, `musahhah-${tag}`));
    const corrected = page.getByRole('note').filter({ hasText: messagesOf(locale).Lifecycle.bannerCORRECTED });
    await expect(corrected).toBeVisible();
    await expect(corrected.getByRole('link')).toHaveCount(0);
  }
});
