import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { localeInfo, type Locale } from '../lib/i18n/locales';
import { chairStatement, report2024, report2025 } from './support/demo';
import { signInToEditor } from './support/editor-sign-in';
import { fill, messagesOf } from './support/messages';

// The seeded admin of the end-to-end database (lib/testing/e2e-database.ts).
const admin = { email: 'admin@e2e.test', password: 'e2e-admin-password' };

// The demo as seeded: every text published; the 2024 report (en) has ru, the chair's statement is
// zh only, the 2025 report (fr) has de.
const titles = {
  report2024: report2024.translation('en').title,
  chairStatement: chairStatement.translation('zh').title,
  report2025: report2025.translation('fr').title,
};

/** A cell link's name as screen readers hear it: "中文: Outdated" in the interface's language. */
function cellName(ui: Locale, contentLocale: Locale, state: keyof ReturnType<typeof messagesOf>['EditorStates']): string {
  const messages = messagesOf(ui);
  return `${fill(messages.EditorDashboard.matrix.cellLanguage, { name: localeInfo[contentLocale].nativeName })} ${messages.EditorStates[state]}`;
}

function rowOf(matrix: Locator, page: Page, title: string): Locator {
  return matrix.getByRole('row').filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
}

async function openDashboard(page: Page, locale: Locale) {
  await signInToEditor(page, locale, admin.email, admin.password);
  await page.goto(`/${locale}/editor`);
  const messages = messagesOf(locale);
  return { messages, matrix: page.getByRole('table', { name: messages.EditorDashboard.matrix.caption }) };
}

for (const locale of ['en', 'zh', 'ar'] as const) {
  test.describe(`editor dashboard (${locale})`, () => {
    test('shows every seeded announcement with the state of each translation', async ({ page }) => {
      const { messages, matrix } = await openDashboard(page, locale);
      await expect(page.getByRole('heading', { level: 1, name: messages.EditorDashboard.title })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('dir', localeInfo[locale].dir);
      for (const title of Object.values(titles)) await expect(rowOf(matrix, page, title)).toHaveCount(1);

      const report = rowOf(matrix, page, titles.report2024);
      await expect(report.getByRole('link', { name: cellName(locale, 'en', 'published') })).toContainText(
        messages.EditorDashboard.matrix.sourceBadge,
      );
      await expect(report.getByRole('link', { name: cellName(locale, 'ru', 'published') })).toBeVisible();
      await expect(report.getByRole('link', { name: cellName(locale, 'ar', 'missing') })).toBeVisible();
      const columns = matrix.getByRole('columnheader');
      await expect(columns.filter({ hasText: localeInfo.zh.nativeName })).toHaveAttribute('lang', 'zh');

      const counts = page.getByRole('table', { name: messages.EditorDashboard.counts.caption });
      const russian = counts.getByRole('row').filter({ has: page.getByRole('rowheader', { name: localeInfo.ru.nativeName }) });
      await expect(russian.getByRole('link')).toHaveCount(2);
      await expect(page.getByRole('link', { name: messages.EditorDashboard.newAnnouncement })).toHaveAttribute(
        'href',
        `/${locale}/editor/announcements/new`,
      );
    });

    test('filters by state and language, then opens a translation from its cell', async ({ page }) => {
      const { messages, matrix } = await openDashboard(page, locale);
      const filters = messages.EditorDashboard.filters;
      const form = page.getByRole('form', { name: filters.heading });
      await form.getByLabel(filters.status).selectOption({ label: messages.EditorStates.missing });
      await form.getByLabel(filters.locale).selectOption('ru');
      await form.getByRole('button', { name: filters.apply }).click();
      await expect(page).toHaveURL(/[?&]status=missing/);
      await expect(page).toHaveURL(/[?&]locale=ru/);

      await expect(rowOf(matrix, page, titles.report2024)).toHaveCount(0);
      await expect(rowOf(matrix, page, titles.report2025)).toHaveCount(1);
      const statement = rowOf(matrix, page, titles.chairStatement);
      await statement.getByRole('link', { name: cellName(locale, 'ru', 'missing') }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/editor/announcements/[^/?]+/ru$`));
    });
  });
}

test('the reset link clears the filters', async ({ page }) => {
  await signInToEditor(page, 'en', admin.email, admin.password);
  await page.goto('/en/editor?status=outdated');
  await expect(page.getByText(messagesOf('en').EditorDashboard.matrix.empty)).toBeVisible();
  await page.getByRole('link', { name: messagesOf('en').EditorDashboard.filters.reset }).click();
  await expect(page).toHaveURL(/\/en\/editor$/);
  await expect(page.getByRole('table', { name: messagesOf('en').EditorDashboard.matrix.caption })).toBeVisible();
});

for (const [locale, colorScheme] of [['en', 'light'], ['ar', 'dark']] as const) {
  test(`${locale} (${colorScheme}): no serious axe violation; the wide table scrolls in its own region`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await openDashboard(page, locale);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const serious = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
    expect(serious.map((violation) => violation.id)).toEqual([]);
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(360);
    await context.close();
  });
}
