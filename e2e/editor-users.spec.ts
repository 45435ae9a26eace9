import { expect, test, type Browser, type Page } from '@playwright/test';
import { accountPath, dashboardPath, signInPath, usersPath } from '../lib/auth/editor-paths';
import type { Locale } from '../lib/i18n/locales';
import { fill, messagesOf } from './support/messages';

// The admin the end-to-end database is seeded with (lib/testing/e2e-database.ts).
const admin = { email: 'admin@e2e.test', password: 'e2e-admin-password' };
const en = messagesOf('en');

// Each journey signs in two or three people (each an argon2 check on a shared, busy machine).
test.describe.configure({ timeout: 90_000 });

// Each browser comes from an address of its own, so sign-in throttling never mixes tests up.
let addressCounter = 0;
async function signedIn(browser: Browser, locale: Locale, credentials: { email: string; password: string }): Promise<Page> {
  addressCounter += 1;
  const context = await browser.newContext({
    extraHTTPHeaders: { 'x-forwarded-for': `203.0.113.${(process.pid % 40) * 6 + addressCounter}` },
  });
  const page = await context.newPage();
  await page.goto(signInPath(locale));
  const t = messagesOf(locale).EditorSignIn;
  await page.getByLabel(t.email).fill(credentials.email);
  await page.getByLabel(t.password).fill(credentials.password);
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page).toHaveURL(new RegExp(`${dashboardPath(locale)}$`));
  return page;
}

const row = (page: Page, email: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: email }) });

async function createTranslator(page: Page, email: string): Promise<string> {
  await page.goto(usersPath('en'));
  const form = page.getByRole('region', { name: en.EditorUsers.createTitle });
  await form.getByLabel(en.EditorUsers.email).fill(email);
  await form.getByLabel(en.EditorUsers.role).selectOption('TRANSLATOR');
  await form.getByRole('group', { name: en.EditorUsers.languages }).getByLabel('العربية').check();
  await form.getByRole('button', { name: en.EditorUsers.createSubmit }).click();
  const notice = form.getByRole('status');
  await expect(notice).toContainText(email);
  return (await notice.locator('code').textContent()) ?? '';
}

test('an admin creates a translator, who signs in with the password shown once and sees no user management', async ({ browser }) => {
  const adminPage = await signedIn(browser, 'en', admin);
  const email = `translator-${Date.now()}@e2e.test`;
  const password = await createTranslator(adminPage, email);
  expect(password.length).toBeGreaterThanOrEqual(20);
  await expect(row(adminPage, email)).toContainText(en.EditorShell.roles.TRANSLATOR);

  const translatorPage = await signedIn(browser, 'ar', { email, password });
  const ar = messagesOf('ar').EditorShell;
  const nav = translatorPage.getByRole('navigation', { name: ar.navigation, exact: true });
  await expect(nav.getByRole('link')).toHaveText([ar.dashboard, ar.account]);
  await translatorPage.goto(usersPath('ar'));
  await expect(translatorPage.getByText(messagesOf('ar').EditorUsers.notAllowed)).toBeVisible();
  await translatorPage.goto('/ar/editor/import');
  await expect(translatorPage.getByRole('alert').filter({ hasText: messagesOf('ar').EditorImport.notAllowed })).toBeVisible();
});

test('a translator changes their password; the new one signs in, the old one no longer does', async ({ browser }) => {
  const adminPage = await signedIn(browser, 'en', admin);
  const email = `changer-${Date.now()}@e2e.test`;
  const password = await createTranslator(adminPage, email);

  const page = await signedIn(browser, 'en', { email, password });
  await page.goto(accountPath('en'));
  const t = en.EditorAccount;
  await page.getByLabel(t.currentPassword).fill(password);
  await page.getByLabel(t.newPassword, { exact: true }).fill('short');
  await page.getByLabel(t.confirmPassword).fill('short');
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByText('Use at least 12 characters.')).toBeVisible();
  // The answer has arrived once the form is reset: only then type the next attempt.
  await expect(page.getByLabel(t.currentPassword)).toHaveValue('');

  const newPassword = 'a new and long passphrase';
  await page.getByLabel(t.currentPassword).fill(password);
  await page.getByLabel(t.newPassword, { exact: true }).fill(newPassword);
  await page.getByLabel(t.confirmPassword).fill(newPassword);
  await page.getByRole('button', { name: t.submit }).click();
  await expect(page.getByRole('status').filter({ hasText: t.changed })).toBeVisible();
  // This browser stays signed in with a new session.
  await page.goto(dashboardPath('en'));
  await expect(page).toHaveURL(new RegExp(`${dashboardPath('en')}$`));
  await expect(page.getByRole('banner')).toContainText(email);

  await signedIn(browser, 'en', { email, password: newPassword });
});

test('disabling an account signs it out at its next request; enabling and a reset let it back in', async ({ browser }) => {
  const adminPage = await signedIn(browser, 'en', admin);
  const email = `disabled-${Date.now()}@e2e.test`;
  const password = await createTranslator(adminPage, email);
  const userPage = await signedIn(browser, 'en', { email, password });

  await row(adminPage, email).getByRole('button', { name: `${en.EditorUsers.disable}: ${email}` }).click();
  await expect(row(adminPage, email)).toContainText(en.EditorUsers.disabled);
  await userPage.goto(accountPath('en'));
  await expect(userPage).toHaveURL(new RegExp(`${signInPath('en')}\\?next=`));

  await row(adminPage, email).getByRole('button', { name: `${en.EditorUsers.enable}: ${email}` }).click();
  await expect(row(adminPage, email)).toContainText(en.EditorUsers.active);
  await row(adminPage, email).getByRole('button', { name: `${en.EditorUsers.resetPassword}: ${email}` }).click();
  const reset = row(adminPage, email).getByRole('status');
  await expect(reset).toContainText(email);
  const newPassword = (await reset.locator('code').textContent()) ?? '';
  await signedIn(browser, 'en', { email, password: newPassword });
});

test('the seeded admin, the only one, cannot demote themself', async ({ browser }) => {
  const page = await signedIn(browser, 'en', admin);
  await page.goto(usersPath('en'));
  const own = row(page, admin.email);
  await own.getByLabel(fill(en.EditorUsers.roleOf, { email: admin.email })).selectOption('EDITOR');
  await own.getByRole('button', { name: en.EditorUsers.saveAccess }).click();
  await expect(own.getByRole('alert').filter({ hasText: en.EditorShell.formErrors.lastAdmin })).toBeVisible();
  await page.reload();
  await expect(row(page, admin.email)).toContainText(en.EditorShell.roles.ADMIN);
});
