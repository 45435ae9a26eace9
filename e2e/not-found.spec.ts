import { expect, test } from '@playwright/test';
import { announcementPath, eventPath, homePath, topicPath } from '../lib/i18n/paths';
import { localeInfo } from '../lib/i18n/locales';
import { messagesOf } from './support/messages';

// Unknown slugs and page numbers are 404s in the language of the address, with the whole site
// around them (header, language switcher), never a 500 and never an empty page.
for (const locale of ['en', 'zh', 'ar'] as const) {
  const addresses = [
    announcementPath(locale, 'no-such-announcement'),
    eventPath(locale, 'no-such-event'),
    topicPath(locale, 'no-such-topic'),
    homePath(locale, 99),
    `/${locale}/page/0`,
    `/${locale}/page/two`,
    `/${locale}/no/such/page`,
  ];
  for (const address of addresses) {
    test(`${locale}: ${address} is a localized 404`, async ({ page }) => {
      const response = await page.goto(address);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('html')).toHaveAttribute('dir', localeInfo[locale].dir);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(messagesOf(locale).NotFoundPage.title);
      await expect(page.getByRole('navigation', { name: messagesOf(locale).LocaleSwitcher.label })).toBeVisible();
    });
  }
}

test('a path that is no locale, such as /apple-touch-icon.png, is a 404 rather than an error', async ({ request }) => {
  for (const path of ['/apple-touch-icon.png', '/logo.png', '/xx']) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test('404 pages are complete documents without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [locale, path] of [
    ['zh', announcementPath('zh', 'no-such-announcement')],
    ['ar', eventPath('ar', 'no-such-event')],
    ['en', '/en/no/such/page'],
    ['zh', homePath('zh', 99)],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(messagesOf(locale).NotFoundPage.title);
    await expect(page.locator('head meta[name="robots"][content*="noindex"]'), path).not.toHaveCount(0);
  }
  await context.close();
});
