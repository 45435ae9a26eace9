import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '../lib/i18n/locales';
import { seededTitles } from './demo-titles';

// Search against the seeded demo content: en and zh have announcements, ar has none.
type SearchMessages = Record<string, string>;

function searchMessages(locale: Locale): SearchMessages {
  const all = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as { SearchPage: SearchMessages };
  return all.SearchPage;
}

/** The literal opening of a message, before its first placeholder or tag. */
function opening(locale: Locale, key: string): string {
  const message = searchMessages(locale)[key] ?? '';
  return message.split(/[<{]/)[0]?.trim() ?? '';
}

async function openSearch(page: Page, locale: Locale, query?: string) {
  const url = query === undefined ? `/${locale}/search` : `/${locale}/search?q=${encodeURIComponent(query)}`;
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  return page.getByRole('main');
}

test('en: a query lists the seeded announcement with the matched words highlighted', async ({ page }) => {
  const main = await openSearch(page, 'en', 'migration management');
  const [title] = seededTitles('en');
  await expect(main.getByRole('link', { name: title })).toBeVisible();
  await expect(main.locator('mark').first()).toHaveText(/^(migration|management)$/i);
  await expect(main.getByRole('searchbox')).toHaveValue('migration management');
});

test('zh: "移民管理" finds every Chinese announcement, highlighted', async ({ page }) => {
  const main = await openSearch(page, 'zh', '移民管理');
  for (const title of seededTitles('zh')) await expect(main.getByRole('link', { name: title })).toBeVisible();
  await expect(main.locator('mark', { hasText: '移民管理' }).first()).toBeVisible();
});

test('ar: a query in Arabic answers right to left, with the no-results message', async ({ page }) => {
  const main = await openSearch(page, 'ar', 'إدارة الهجرة');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(main).toContainText(opening('ar', 'noResults'));
  await expect(main.locator('bdi', { hasText: 'إدارة الهجرة' })).toBeVisible();
});

for (const locale of ['en', 'zh', 'ar'] as const) {
  test(`${locale}: an empty search shows the prompt`, async ({ page }) => {
    for (const query of [undefined, '', '   ']) {
      const main = await openSearch(page, locale, query);
      await expect(main).toContainText(searchMessages(locale).prompt ?? '');
      await expect(main.locator('ol li')).toHaveCount(0);
    }
  });

  test(`${locale}: a search of symbols only explains there is nothing to look for`, async ({ page }) => {
    const main = await openSearch(page, locale, '!@#$%^&*()"\'\\;:');
    await expect(main).toContainText(searchMessages(locale).noTerms ?? '');
  });
}

test('a very long query is cut, says so, and still finds', async ({ page }) => {
  const main = await openSearch(page, 'en', 'migration '.repeat(1_000));
  await expect(main).toContainText(opening('en', 'truncated'));
  await expect(main.getByRole('link', { name: seededTitles('en')[0] })).toBeVisible();
});

test('a query with markup is shown as text and never runs', async ({ page }) => {
  const attack = '<img src=x onerror="window.__searchXss=1"><script>window.__searchXss=2</script>';
  const main = await openSearch(page, 'en', `migration ${attack}`);
  await expect(main.getByRole('searchbox')).toHaveValue(`migration ${attack}`);
  expect(await page.evaluate(() => (window as Window & { __searchXss?: number }).__searchXss)).toBeUndefined();
  await expect(main.locator('img')).toHaveCount(0);
});

test('the search form works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const main = await openSearch(page, 'zh');
  await main.getByRole('searchbox').fill('移民管理');
  await main.getByRole('button').click();
  await expect(page).toHaveURL(/\/zh\/search\?q=/);
  await expect(page.getByRole('main').getByRole('link', { name: seededTitles('zh')[0] })).toBeVisible();
  await context.close();
});
