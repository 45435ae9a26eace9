import { expect, test } from '@playwright/test';
import { homePath, searchPath } from '../lib/i18n/paths';
import { messagesOf } from './support/messages';

// The search page has one search form, the page's own (named by its heading, holding the query);
// every other page has the header's. Two search landmarks for the same thing would leave screen
// reader users guessing, and every id stays unique.
for (const locale of ['en', 'zh', 'ar'] as const) {
  test(`${locale}: the search page has exactly one search form, with the query`, async ({ page }) => {
    await page.goto(searchPath(locale, 'forum'));
    await expect(page.getByRole('search')).toHaveCount(1);
    await expect(page.getByRole('searchbox')).toHaveCount(1);
    await expect(page.getByRole('main').getByRole('search')).toHaveCount(1);
    await expect(page.getByRole('searchbox')).toHaveValue('forum');
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(ids.length).toBe(new Set(ids).size);
  });

  test(`${locale}: other pages keep the header’s search form, which leads to the search page`, async ({ page }) => {
    await page.goto(homePath(locale));
    const form = page.getByRole('banner').getByRole('search', { name: messagesOf(locale).SearchBox.label });
    await expect(form).toBeVisible();
    await form.getByRole('searchbox').fill('forum');
    await form.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL((url) => url.pathname === searchPath(locale) && url.searchParams.get('q') === 'forum');
    await expect(page.getByRole('search')).toHaveCount(1);
  });
}
