import { expect, test } from '@playwright/test';
import { homePath } from '../lib/i18n/paths';

// Browsers, feed readers and crawlers ask for /favicon.ico whatever the page says; pages also name
// a scalable icon. Both are real images, in every locale.
test('/favicon.ico is an icon, not a 404', async ({ request }) => {
  const response = await request.get('/favicon.ico');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/x-icon');
  // An ICO file starts with reserved 0, type 1.
  expect([...(await response.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
});

for (const locale of ['en', 'zh', 'ar'] as const) {
  test(`${locale}: the page names icons that load`, async ({ page, request }) => {
    await page.goto(homePath(locale));
    const icons = page.locator('head link[rel="icon"]');
    await expect(icons).not.toHaveCount(0);
    for (const href of await icons.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
      expect(response.headers()['content-type'], href).toMatch(/^image\//);
    }
  });
}
