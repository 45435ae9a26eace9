import { expect, test } from '@playwright/test';
import { accountPath, dashboardPath, signInPath, usersPath } from '../lib/auth/editor-paths';
import type { Locale } from '../lib/i18n/locales';
import { seriousViolations } from './support/axe';
import { messagesOf } from './support/messages';

// axe on the sign-in, account and users pages, in a left-to-right and the right-to-left locale, in both
// colour schemes. The admin is the one the end-to-end database is seeded with (lib/testing/e2e-database.ts).
const admin = { email: 'admin@e2e.test', password: 'e2e-admin-password' };

const cases: { locale: Locale; colorScheme: 'light' | 'dark'; address: string }[] = [
  { locale: 'en', colorScheme: 'light', address: '198.51.100.240' },
  { locale: 'ar', colorScheme: 'dark', address: '198.51.100.241' },
];

for (const { locale, colorScheme, address } of cases) {
  test(`editor sign-in, account and users pages in ${locale} (${colorScheme}) have no serious axe violation`, async ({ browser }) => {
    test.setTimeout(90_000);
    const context = await browser.newContext({ colorScheme, extraHTTPHeaders: { 'x-forwarded-for': address } });
    const page = await context.newPage();
    await page.goto(signInPath(locale));
    expect(await seriousViolations(page), 'sign-in').toEqual([]);

    const t = messagesOf(locale).EditorSignIn;
    await page.getByLabel(t.email).fill(admin.email);
    await page.getByLabel(t.password).fill(admin.password);
    await page.getByRole('button', { name: t.submit }).click();
    await expect(page).toHaveURL(new RegExp(`${dashboardPath(locale)}$`));
    for (const path of [accountPath(locale), usersPath(locale)]) {
      await page.goto(path);
      expect(await seriousViolations(page), path).toEqual([]);
    }
    await context.close();
  });
}
