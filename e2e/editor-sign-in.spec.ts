import { expect, test, type Page } from '@playwright/test';
import { accountPath, dashboardPath, signInPath } from '../lib/auth/editor-paths';
import type { Locale } from '../lib/i18n/locales';
import { announcementPath, homePath } from '../lib/i18n/paths';
import { report2024 } from './support/demo';
import { fill, messagesOf } from './support/messages';

// The admin the end-to-end database is seeded with (lib/testing/e2e-database.ts).
const admin = { email: 'admin@e2e.test', password: 'e2e-admin-password' };

// Failed attempts are counted per address. Each test comes from an address of its own (the app takes
// the first x-forwarded-for value), so this file's failures never throttle other specs' sign-ins.
let addressCounter = 0;
function ownAddress(): Record<string, string> {
  addressCounter += 1;
  return { 'x-forwarded-for': `198.51.100.${(process.pid % 50) * 5 + addressCounter}` };
}

// Next's route announcer is an alert too: look for the form's message.
const alertWith = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

async function signIn(page: Page, locale: Locale, credentials: { email: string; password: string }) {
  const t = messagesOf(locale).EditorSignIn;
  await page.getByLabel(t.email).fill(credentials.email);
  await page.getByLabel(t.password).fill(credentials.password);
  await page.getByRole('button', { name: t.submit }).click();
}

for (const locale of ['en', 'ar'] as const) {
  test(`the seeded admin signs in and out in ${locale}`, async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: ownAddress() });
    const page = await context.newPage();
    const shell = messagesOf(locale).EditorShell;
    await page.goto(signInPath(locale));
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(messagesOf(locale).EditorSignIn.title);

    await signIn(page, locale, admin);
    await expect(page).toHaveURL(new RegExp(`${dashboardPath(locale)}$`));
    const header = page.getByRole('banner');
    await expect(header).toContainText(fill(shell.signedInAs, { email: admin.email, role: shell.roles.ADMIN }));
    const nav = header.getByRole('navigation', { name: shell.navigation, exact: true });
    await expect(nav.getByRole('link')).toHaveText([shell.dashboard, shell.import, shell.trash, shell.users, shell.audit, shell.account]);

    await header.getByRole('button', { name: shell.signOut }).click();
    await expect(page).toHaveURL(new RegExp(`${signInPath(locale)}$`));
    await page.goto(dashboardPath(locale));
    await expect(page).toHaveURL(new RegExp(`${signInPath(locale)}\\?next=`));
    await context.close();
  });
}

test('a wrong password is refused with a clear message and the email kept', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: ownAddress() });
  const page = await context.newPage();
  await page.goto(signInPath('en'));
  await signIn(page, 'en', { email: admin.email, password: 'not the password' });
  await expect(alertWith(page, messagesOf('en').EditorShell.formErrors.wrongCredentials)).toBeVisible();
  await expect(page.getByLabel('Email address')).toHaveValue(admin.email);
  await expect(page).toHaveURL(new RegExp(`${signInPath('en')}`));
  await context.close();
});

test('after five failures the sign-in page says when to try again, even for the right password', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: ownAddress() });
  const page = await context.newPage();
  const email = `nobody-${Date.now()}@e2e.test`;
  await page.goto(signInPath('zh'));
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await signIn(page, 'zh', { email, password: `guess ${attempt}` });
    await expect(alertWith(page, messagesOf('zh').EditorShell.formErrors.wrongCredentials)).toBeVisible();
    // The answer has arrived once the form is reset (its password emptied): only then type the next one.
    await expect(page.getByLabel(messagesOf('zh').EditorSignIn.password)).toHaveValue('');
  }
  await signIn(page, 'zh', admin);
  await expect(alertWith(page, fill(messagesOf('zh').EditorShell.formErrors.throttled, { minutes: '15' }))).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${signInPath('zh')}`));
  await context.close();
});

test('an editor page redirects to sign-in when signed out, and signing in comes back to it', async ({ browser, request }) => {
  const response = await request.get(accountPath('en'), { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  expect(response.headers()['location']).toBe(signInPath('en', accountPath('en')));

  const context = await browser.newContext({ extraHTTPHeaders: ownAddress() });
  const page = await context.newPage();
  await page.goto(accountPath('en'));
  await signIn(page, 'en', admin);
  await expect(page).toHaveURL(new RegExp(`${accountPath('en')}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messagesOf('en').EditorAccount.title);
  await context.close();
});

test('signing in works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: ownAddress() });
  const page = await context.newPage();
  await page.goto(signInPath('fr'));
  await signIn(page, 'fr', { email: admin.email, password: 'wrong' });
  await expect(alertWith(page, messagesOf('fr').EditorShell.formErrors.wrongCredentials)).toBeVisible();
  await signIn(page, 'fr', admin);
  await expect(page).toHaveURL(new RegExp(`${dashboardPath('fr')}$`));
  await expect(page.getByRole('banner')).toContainText(admin.email);
  await context.close();
});

test('the session cookie is httpOnly and Lax, and public pages set no cookie for a signed-in visitor', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: ownAddress() });
  const page = await context.newPage();
  await page.goto(signInPath('en'));
  await signIn(page, 'en', admin);
  await expect(page).toHaveURL(new RegExp(`${dashboardPath('en')}$`));

  const session = (await context.cookies()).find((cookie) => cookie.name === 'authjs.session-token');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: false });
  for (const path of [homePath('en'), homePath('ar'), announcementPath('en', report2024.translation('en').slug)]) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['set-cookie'], path).toBeUndefined();
  }
  await context.close();
});

test('editor pages are not for search engines', async ({ page }) => {
  await page.goto(signInPath('de'));
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
