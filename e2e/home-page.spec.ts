import { expect, test } from '@playwright/test';
import { locales } from '../lib/i18n/locales';
import { seededTitleFromRaw, seededTitles } from './demo-titles';

test('/zh shows the Chair\'s Statement title in Simplified Chinese', async ({ page }) => {
  await page.goto('/zh');
  const heading = page.getByRole('heading', { name: '全球公共安全合作论坛（连云港）移民管理合作分论坛主席声明' });
  await expect(heading).toBeVisible();
  // Traditional forms of characters in the title must not appear anywhere on the page.
  await expect(page.locator('body')).not.toContainText(/[論壇連雲聲區國際議題]/);
});

test('/de and /fr show the 2025 Lianyungang report', async ({ page }) => {
  await page.goto('/de');
  await expect(page.getByRole('heading', { name: seededTitleFromRaw('000_d228a7edf89d6eb3.txt', 'de') })).toBeVisible();
  await page.goto('/fr');
  await expect(page.getByRole('heading', { name: seededTitleFromRaw('001_33fb4347035f3d12.txt', 'fr') })).toBeVisible();
});

for (const locale of locales) {
  test(`/${locale} lists exactly the titles published in ${locale}`, async ({ page }) => {
    const response = await page.goto(`/${locale}`);
    expect(response?.status()).toBe(200);
    const expected = seededTitles(locale);
    const listed = page.locator('main h2');
    if (expected.length === 0) {
      await expect(listed).toHaveCount(0);
      await expect(page.locator('main p')).toHaveCount(1);
    } else {
      await expect(listed).toHaveText(expected);
    }
  });
}

test('the language switcher leads to every locale, names in their own script', async ({ page }) => {
  await page.goto('/en');
  const switcher = page.getByRole('navigation', { name: 'Languages' });
  await switcher.getByRole('link', { name: 'العربية' }).click();
  await expect(page).toHaveURL(/\/ar$/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('navigation', { name: 'اللغات' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru$/);
});
