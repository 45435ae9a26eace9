import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { uniqueTag } from './support/db-rows';
import { answerNextDialog } from './support/dialogs';
import { report2024, report2025 } from './support/demo';
import { fill } from './support/messages';
import { editor, openEditor, signedInEditor } from './support/translation-editor';

// Nobody's text is lost in the translation editor: not on a refused save, a reload, a failed
// connection, an ended session or a conflict with someone who saved first. Each test works on its
// own translation of the demo, so the tests can run side by side.

test('en: a refused save keeps the text, and the browser keeps it across a reload', async ({ page }) => {
  const tag = uniqueTag();
  const e = editor(page, 'en');
  await openEditor(page, 'en', report2024.translation('en').slug, 'es');
  await e.summary.fill(`Resumen ${tag}`);
  await e.body.fill(`Texto que no se pierde ${tag}`);
  await e.save.click();

  await expect(page.locator('#title-error')).toHaveText(e.errors.required);
  await expect(e.title).toHaveAttribute('aria-invalid', 'true');
  await expect(e.failure).toHaveText(e.errors.invalid);
  await expect(e.body).toHaveValue(`Texto que no se pierde ${tag}`);
  await expect(e.summary).toHaveValue(`Resumen ${tag}`);

  // Unsaved text: leaving asks first, and coming back offers the copy kept in localStorage.
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((key) => key.includes('translation-backup')))).toBe(true);
  const leaving = answerNextDialog(page, 'accept');
  await page.reload();
  expect((await leaving).type).toBe('beforeunload');
  await expect(e.body).toHaveValue('');
  await page.getByRole('button', { name: e.m.restoreBackup }).click();
  await expect(e.body).toHaveValue(`Texto que no se pierde ${tag}`);
});

test('en: a failed connection or an ended session keeps the text', async ({ page, context }) => {
  const tag = uniqueTag();
  const e = editor(page, 'en');
  await openEditor(page, 'en', report2024.translation('en').slug, 'ar');
  await expect(e.body).toHaveAttribute('dir', 'rtl');
  await e.title.fill(`عنوان ${tag}`);
  await e.body.fill(`نص لا يضيع ${tag}`);

  // Server actions are POSTs carrying a Next-Action header: those never reach the server.
  await page.route('**/*', (route) => (route.request().headers()['next-action'] ? route.abort('internetdisconnected') : route.continue()));
  await e.save.click();
  await expect(e.failure).toHaveText(e.errors.saveFailed);
  await expect(e.body).toHaveValue(`نص لا يضيع ${tag}`);
  await page.unroute('**/*');

  await context.clearCookies();
  await e.save.click();
  await expect(e.failure).toContainText(e.errors.signedOut);
  await expect(e.failure.getByRole('link', { name: e.m.signIn })).toHaveAttribute('target', '_blank');
  await expect(e.title).toHaveValue(`عنوان ${tag}`);
  await expect(e.body).toHaveValue(`نص لا يضيع ${tag}`);
});

test('zh: a conflict keeps the second person’s text and shows the first one’s', async ({ browser }) => {
  const tag = uniqueTag();
  const slug = report2025.translation('fr').slug;
  const first = await signedInEditor(browser, 'zh', slug, 'es');
  const second = await signedInEditor(browser, 'zh', slug, 'es');

  await first.e.title.fill(`Primera ${tag}`);
  await first.e.body.fill(`Texto de la primera persona ${tag}`);
  await first.e.save.click();
  await expect(first.e.success).toHaveText(fill(first.e.m.savedAsRevision, { number: '1' }));

  await second.e.title.fill(`Segunda ${tag}`);
  await second.e.body.fill(`Texto de la segunda persona ${tag}`);
  await second.e.save.click();
  await expect(second.e.failure).toHaveText(second.e.errors.conflict);
  await expect(second.e.body).toHaveValue(`Texto de la segunda persona ${tag}`);
  const theirs = second.page.getByRole('region', { name: second.e.m.conflictHeading });
  await expect(theirs.getByTestId('their-text')).toContainText(`Texto de la primera persona ${tag}`);
  await expect(theirs).toContainText('Administrator');
  expect(await seriousViolations(second.page)).toEqual([]);

  // Saving again without choosing is refused again; choosing to overwrite lets it through.
  const answered = second.page.waitForResponse((response) => response.request().headers()['next-action'] !== undefined);
  await second.e.save.click();
  await answered;
  await expect(second.e.save).toBeEnabled();
  await expect(second.e.failure).toHaveText(second.e.errors.conflict);
  await second.page.getByRole('button', { name: second.e.m.keepMine }).click();
  await expect(theirs).toContainText(second.e.m.overwriteChosen);
  await second.e.save.click();
  await expect(second.e.success).toHaveText(fill(second.e.m.savedAsRevision, { number: '2' }));
  await expect(second.e.title).toHaveValue(`Segunda ${tag}`);

  await first.context.close();
  await second.context.close();
});
