import { expect, test, type Page } from '@playwright/test';
import { xssPayloads, type XssPayload } from './support/xss-payloads';
import { findUnsafeMarkup, trapXss } from './support/xss-traps';

// The traps of the cross-site scripting specs (e2e/xss-*.db.spec.ts) catch what they look for:
// payloads written raw into a portal page are reported as markup and as blocked by its policy, and
// where no policy stops them, each run is attributed to its payload.

/** Each payload parsed on its own (inserted HTML runs its scripts), so an unclosed one cannot swallow the next. */
function insertRaw(page: Page, payloads: XssPayload[]): Promise<void> {
  return page.evaluate((texts) => {
    for (const text of texts) document.body.append(document.createRange().createContextualFragment(text));
  }, payloads.map((payload) => payload.text));
}

test('the traps report raw payloads’ markup and the policy blocking them', async ({ page }) => {
  const hits = await trapXss(page);
  await page.goto('/en');
  await insertRaw(page, xssPayloads);
  const unsafe = await findUnsafeMarkup(page);
  const kinds = ['event handler onerror', 'script URL in href', 'script URL in action', 'script URL in formaction', 'script: ', '<iframe>'];
  for (const kind of [...kinds, '<object>', '<embed>', 'srcdoc', 'script in style', 'injected style', 'refresh', '<base>']) {
    expect(unsafe.some((finding) => finding.startsWith(kind)), kind).toBe(true);
  }
  await expect.poll(() => hits.blocked.length).toBeGreaterThan(0);
});

test('the traps attribute a script, a handler and a dialog to their payloads', async ({ page }) => {
  const hits = await trapXss(page);
  // A page of no policy at all, on an address of its own.
  await page.route('http://xss.test/', (route) => route.fulfill({ contentType: 'text/html', body: '<!DOCTYPE html><html><body></body></html>' }));
  await page.goto('http://xss.test/');
  await insertRaw(page, xssPayloads.filter((payload) => [1, 3, 9].includes(payload.id)));
  await expect.poll(() => hits.ran.toSorted()).toEqual(['alert(xss-3)', 'window.__xss = 1', 'window.__xss = 9']);
});
