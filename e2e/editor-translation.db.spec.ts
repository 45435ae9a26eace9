import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Locale } from '../lib/i18n/locales';
import { uniqueTag, withDatabase } from './support/db-rows';
import { answerNextDialog } from './support/dialogs';
import { chairStatement, report2024, report2025 } from './support/demo';
import { e2eAdmin, signInToEditor } from './support/editor-sign-in';
import { fill, messagesOf } from './support/messages';

// The side-by-side translation editor, in an interface language with Latin, Chinese and
// right-to-left script. Each test works on its own translation of the demo (or creates one), so
// the tests can run side by side.

async function announcementIdOf(slug: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ announcement_id: string }>('SELECT announcement_id FROM translations WHERE slug = $1', [slug]);
    const id = rows[0]?.announcement_id;
    if (!id) throw new Error(`No translation with the slug ${slug}`);
    return id;
  });
}

/** The title the translation's latest revision holds: other specs may have edited the demo text. */
async function latestTitle(locale: Locale, slug: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ title: string }>(
      `SELECT r.title FROM revisions r JOIN translations t ON t.id = r.translation_id
       WHERE t.locale = $1 AND t.slug = $2 ORDER BY r.number DESC LIMIT 1`,
      [locale, slug],
    );
    return rows[0]?.title ?? '';
  });
}

async function openEditor(page: Page, ui: Locale, announcementSlug: string, contentLocale: Locale): Promise<void> {
  const id = await announcementIdOf(announcementSlug);
  await signInToEditor(page, ui, e2eAdmin.email, e2eAdmin.password);
  await page.goto(`/${ui}/editor/announcements/${id}/${contentLocale}`);
}

/** A message as a pattern, with each named placeholder standing for any number. */
function withAnyNumber(message: string, ...names: string[]): RegExp {
  const escaped = message.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(names.reduce((pattern, name) => pattern.replace(`{${name}}`, '\\d+'), escaped));
}

function editor(page: Page, ui: Locale) {
  const m = messagesOf(ui).EditorTranslation;
  return {
    m,
    errors: messagesOf(ui).EditorErrors,
    title: page.getByRole('textbox', { name: m.fieldTitle, exact: true }),
    summary: page.getByRole('textbox', { name: m.fieldSummary, exact: true }),
    body: page.getByRole('textbox', { name: m.fieldBody, exact: true }),
    save: page.getByRole('button', { name: m.save, exact: true }),
    saveAndPublish: page.getByRole('button', { name: m.saveAndPublish, exact: true }),
    success: page.locator('.action-message [role="status"]'),
    failure: page.locator('.action-message [role="alert"]'),
  };
}

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const journeys = [
  { ui: 'en', translation: report2024.translation('ru'), contentLocale: 'ru' },
  // Source texts themselves: one column, no source beside it. (The German 2025 text belongs to the
  // history spec, which runs at the same time.)
  { ui: 'zh', translation: report2025.translation('fr'), contentLocale: 'fr' },
  { ui: 'ar', translation: chairStatement.translation('zh'), contentLocale: 'zh' },
] as const;

for (const { ui, translation, contentLocale } of journeys) {
  test(`${ui}: edits, saves and publishes the ${contentLocale} text, which readers then see`, async ({ page }) => {
    const tag = uniqueTag();
    const e = editor(page, ui);
    await openEditor(page, ui, translation.slug, contentLocale);
    await expect(e.body).toHaveAttribute('lang', contentLocale);
    await expect(e.title).toHaveValue(await latestTitle(contentLocale, translation.slug));
    expect(await seriousViolations(page)).toEqual([]);

    await e.body.fill(`${translation.body}\n\n**Edited ${tag}**`);
    await expect(page.locator('.markdown-preview strong', { hasText: `Edited ${tag}` })).toBeVisible();
    await e.save.click();
    await expect(e.success).toHaveText(withAnyNumber(e.m.savedAsRevision, 'number'));

    const title = `${translation.title} ${tag}`;
    await e.title.fill(title);
    await e.saveAndPublish.click();
    await expect(e.success).toHaveText(withAnyNumber(e.m.savedAndPublished, 'number'));

    await page.goto(`/${contentLocale}/announcements/${translation.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('.prose strong', { hasText: `Edited ${tag}` })).toBeVisible();
  });
}

test('en: a change of the source shows in the translation, which can move to the latest source', async ({ page }) => {
  const tag = uniqueTag();
  const e = editor(page, 'en');
  const source = report2024.translation('en');
  await openEditor(page, 'en', source.slug, 'fr');
  await e.title.fill(`Rapport ${tag}`);
  await e.body.fill(`Traduction ${tag}.`);
  await e.save.click();
  await expect(e.success).toHaveText(fill(e.m.savedAsRevision, { number: '1' }));
  const translationAddress = page.url();

  await openEditor(page, 'en', source.slug, 'en');
  await e.body.fill(`${source.body}\n\nNew paragraph ${tag}.`);
  await e.save.click();
  await expect(e.success).toHaveText(withAnyNumber(e.m.savedAsRevision, 'number'));

  await page.goto(translationAddress);
  const changes = page.locator('.source-changes');
  await expect(changes.getByRole('heading', { name: e.m.outdatedHeading })).toBeVisible();
  await expect(changes.locator('ins', { hasText: `New paragraph ${tag}` })).toBeVisible();
  await changes.getByRole('link', { name: withAnyNumber(e.m.translateFromLatest, 'number') }).click();
  await expect(page).toHaveURL(/\?pin=latest$/);
  await expect(changes).toContainText(withAnyNumber(e.m.pinnedLatest, 'number'));
  await expect(page.locator('.source-column')).toContainText(`New paragraph ${tag}`);

  await e.body.fill(`Traduction ${tag}.\n\nNouveau paragraphe ${tag}.`);
  await e.save.click();
  await expect(e.success).toHaveText(fill(e.m.savedAsRevision, { number: '2' }));
  await page.goto(translationAddress);
  await expect(changes).toHaveCount(0);
});

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

async function signedInEditor(browser: Browser, ui: Locale, slug: string, contentLocale: Locale) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openEditor(page, ui, slug, contentLocale);
  return { page, context, e: editor(page, ui) };
}

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

test.describe('in a time zone behind UTC', () => {
  // A wall-clock time read as UTC would be hours in the past there, and refused.
  test.use({ timezoneId: 'America/New_York' });

  test('ar: scheduling refuses a time in the past and accepts one a minute or two ahead', async ({ page }) => {
    const tag = uniqueTag();
    const e = editor(page, 'ar');
    const states = messagesOf('ar').EditorStates;
    await openEditor(page, 'ar', chairStatement.translation('zh').slug, 'en');
    await e.title.fill(`Chair's statement ${tag}`);
    await e.body.fill(`Statement ${tag}.`);
    await e.save.click();
    await expect(e.success).toHaveText(fill(e.m.savedAsRevision, { number: '1' }));

    const publishAt = page.getByLabel(e.m.publishAt);
    await expect(page.locator('#publishAt-zone')).toHaveText(fill(e.m.timeZone, { zone: 'America/New_York' }));
    await publishAt.fill('2020-01-01T10:00');
    await page.getByRole('button', { name: e.m.schedule, exact: true }).click();
    await expect(page.locator('#publishAt-error')).toHaveText(e.errors.notInFuture);
    await expect(publishAt).toHaveValue('2020-01-01T10:00');

    const ahead = await page.evaluate(() => {
      const at = new Date(Date.now() + 2 * 60_000);
      const two = (n: number) => String(n).padStart(2, '0');
      return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}`;
    });
    await publishAt.fill(ahead);
    await page.getByRole('button', { name: e.m.schedule, exact: true }).click();
    await expect(e.success).toHaveText(e.m.doneSchedule);
    await expect(page.locator('.translation-status')).toContainText(fill(e.m.status, { status: states.scheduled }));

    // Leave the demo as it was: the scheduled text would otherwise go live during the run.
    await page.getByRole('button', { name: e.m.unpublish, exact: true }).click();
    await expect(e.success).toHaveText(e.m.doneUnpublish);
  });
});
