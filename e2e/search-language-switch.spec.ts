import { expect, test, type Page } from '@playwright/test';
import { localeInfo, type Locale } from '../lib/i18n/locales';
import { searchPath } from '../lib/i18n/paths';
import { messagesOf } from './support/messages';

// Switching language on a search keeps the reader's query (it is theirs, whatever the interface
// language) and starts again at the first page, which the other language's results may not reach.
const journeys: Array<{ from: Locale; to: Locale; query: string }> = [
  { from: 'en', to: 'zh', query: 'migration management' },
  { from: 'zh', to: 'ar', query: '移民管理' },
  { from: 'ar', to: 'en', query: 'إدارة الهجرة' },
];

async function switchLanguage(page: Page, from: Locale, to: Locale) {
  const switcher = page.getByRole('navigation', { name: messagesOf(from).LocaleSwitcher.label });
  await switcher.getByRole('link', { name: localeInfo[to].nativeName, exact: true }).click();
}

async function expectSearchFor(page: Page, locale: Locale, query: string) {
  await expect(page).toHaveURL((url) => url.pathname === searchPath(locale) && url.searchParams.get('q') === query);
  expect(new URL(page.url()).searchParams.has('page')).toBe(false);
  await expect(page.getByRole('main').getByRole('searchbox')).toHaveValue(query);
}

for (const { from, to, query } of journeys) {
  test(`${from} → ${to}: the search query goes along, the page number does not`, async ({ page }) => {
    await page.goto(`${searchPath(from, query)}&page=2`);
    await switchLanguage(page, from, to);
    await expectSearchFor(page, to, query);
  });

  test(`${from} → ${to}: the same without JavaScript`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${searchPath(from, query)}&page=2`);
    await switchLanguage(page, from, to);
    await expectSearchFor(page, to, query);
    await context.close();
  });
}

test('the current language’s link keeps the query too', async ({ page }) => {
  await page.goto(searchPath('zh', '移民管理'));
  const current = page.getByRole('navigation', { name: messagesOf('zh').LocaleSwitcher.label }).getByRole('link', { name: '中文' });
  await expect(current).toHaveAttribute('href', searchPath('zh', '移民管理'));
});
