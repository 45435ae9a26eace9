import { expect, test } from '@playwright/test';

const negotiations: Array<[browserLocale: string, acceptLanguage: string, expectedPath: string]> = [
  ['ru-RU', 'ru-RU,ru;q=0.9,en;q=0.5', '/ru'],
  ['zh-CN', 'zh-CN,zh;q=0.9', '/zh'],
  ['ar-EG', 'ar-EG', '/ar'],
  ['de-AT', 'de-AT,de;q=0.8', '/de'],
  ['ja-JP', 'ja-JP,ja;q=0.9', '/en'],
];

for (const [browserLocale, acceptLanguage, expectedPath] of negotiations) {
  test(`a ${browserLocale} browser opening / lands on ${expectedPath}`, async ({ browser }) => {
    // The browser derives its Accept-Language header from its locale.
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe(expectedPath);
    await context.close();
  });

  test(`/ answers Accept-Language "${acceptLanguage}" with a redirect to ${expectedPath}`, async ({ playwright, baseURL }) => {
    const request = await playwright.request.newContext({ baseURL });
    const response = await request.get('/', { headers: { 'Accept-Language': acceptLanguage }, maxRedirects: 0 });
    expect([302, 303, 307, 308]).toContain(response.status());
    expect(new URL(response.headers()['location'] ?? '', baseURL).pathname).toBe(expectedPath);
    await request.dispose();
  });
}

test('the locale cookie wins over Accept-Language', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'ru' } });
  await context.addCookies([{ name: 'NEXT_LOCALE', value: 'fr', url: baseURL ?? '' }]);
  const page = await context.newPage();
  await page.goto('/');
  expect(new URL(page.url()).pathname).toBe('/fr');
  await context.close();
});

test('/ar is right-to-left and /zh is left-to-right', async ({ page }) => {
  await page.goto('/ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await page.goto('/zh');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh');
});

test('an unknown path under a locale is a localized 404', async ({ page }) => {
  const response = await page.goto('/de/gibt-es-nicht');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('an unknown locale is a 404', async ({ page }) => {
  const response = await page.goto('/xx');
  expect(response?.status()).toBe(404);
});
