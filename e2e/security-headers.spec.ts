import { expect, test, type Page } from '@playwright/test';
import { localeInfo } from '../lib/i18n/locales';
import { announcementPath, homePath } from '../lib/i18n/paths';
import { chairStatement, report2024 } from './support/demo';
import { e2eAdmin, signInToEditor } from './support/editor-sign-in';
import { fill, messagesOf } from './support/messages';

// Every response carries the security headers; pages carry a Content-Security-Policy without
// 'unsafe-inline' for scripts, under which they still work: public pages (prerendered, shared from
// the response cache) by script hashes, editor pages by a per-request nonce (README, "Security headers").

const everyResponse = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};

function expectSecurityHeaders(headers: Record<string, string>, where: string): string {
  for (const [name, value] of Object.entries(everyResponse)) expect(headers[name], `${name} on ${where}`).toBe(value);
  expect(headers['permissions-policy'], where).toContain('camera=()');
  const policy = headers['content-security-policy'] ?? '';
  expect(policy, where).toContain("frame-ancestors 'none'");
  expect(policy, where).not.toContain('unsafe-inline');
  return policy;
}

/** Records every policy violation of the page, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { policyViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations);
}

const publicPages = [
  { name: 'en home', path: homePath('en') },
  { name: 'zh announcement', path: announcementPath('zh', chairStatement.translation('zh').slug) },
  { name: 'ar announcement (cached copy)', path: announcementPath('ar', report2024.translation('en').slug) },
  { name: 'ar search', path: `/ar/search?q=${encodeURIComponent('الهجرة')}` },
  { name: 'zh 404', path: '/zh/announcements/no-such-page' },
];

for (const { name, path } of publicPages) {
  test(`${name}: the page runs its scripts under a policy that allows them by hash`, async ({ page, request }) => {
    await request.get(path);
    const violations = await watchViolations(page);
    const response = await page.goto(path);
    const policy = expectSecurityHeaders(response?.headers() ?? {}, path);
    expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    // Next's client sets window.next once its scripts have run: the page came alive.
    await page.waitForFunction(() => 'next' in window);
    expect(await violations()).toEqual([]);
  });
}

test('zh editor: a per-request nonce, under which the live preview works', async ({ page }) => {
  const violations = await watchViolations(page);
  await signInToEditor(page, 'zh', e2eAdmin.email, e2eAdmin.password);
  const first = await page.goto('/zh/editor');
  const second = await page.goto('/zh/editor');
  const nonceOf = (policy: string) => /'nonce-([^']+)'/.exec(policy)?.[1];
  const [one, two] = [first, second].map((response) => nonceOf(expectSecurityHeaders(response?.headers() ?? {}, '/zh/editor')));
  expect(one).toBeTruthy();
  expect(one).not.toBe(two);
  await page.waitForFunction(() => 'next' in window);

  const messages = messagesOf('zh');
  const cell = `${fill(messages.EditorDashboard.matrix.cellLanguage, { name: localeInfo.zh.nativeName })} ${messages.EditorStates.published}`;
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: chairStatement.translation('zh').title, exact: true }) });
  await row.getByRole('link', { name: cell }).click();
  const body = page.getByRole('textbox', { name: messages.EditorTranslation.fieldBody, exact: true });
  await expect(body).toBeEditable();
  await body.fill('**nonce works**');
  await expect(page.locator('.markdown-preview strong', { hasText: 'nonce works' })).toBeVisible();
  expect(await violations()).toEqual([]);
});

test('API, feeds and the sign-in redirect carry the headers and a policy that allows nothing', async ({ request }) => {
  for (const path of ['/api/v1/announcements?locale=en', '/en/rss.xml', '/sitemap.xml', '/api/v1/announcements?locale=xx']) {
    const response = await request.get(path);
    expect(expectSecurityHeaders(response.headers(), path)).toBe("default-src 'none'; frame-ancestors 'none'");
  }
  const redirect = await request.get('/en/editor', { maxRedirects: 0 });
  expectSecurityHeaders(redirect.headers(), '/en/editor (signed out)');
});
