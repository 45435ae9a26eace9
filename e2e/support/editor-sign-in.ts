import { expect, type Page } from '@playwright/test';
import type { Locale } from '../../lib/i18n/locales';

/** The admin `npm test` seeds into the end-to-end database (lib/testing/e2e-database.ts). */
export const e2eAdmin = { email: 'admin@e2e.test', password: 'e2e-admin-password' } as const;

/** Signs in through the editor's sign-in page in `locale`'s interface and waits until it is left. */
export async function signInToEditor(page: Page, locale: Locale, email: string, password: string): Promise<void> {
  await page.goto(`/${locale}/editor/sign-in`);
  // Already signed in (a second call in one test): the sign-in page sends the editor on.
  if (!/\/editor\/sign-in/.test(new URL(page.url()).pathname)) return;
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form:has(input[name="password"]) button[type="submit"]').click();
  // Password hashing makes signing in take a moment on a busy machine.
  await expect(page).not.toHaveURL(/\/editor\/sign-in/, { timeout: 15_000 });
}
