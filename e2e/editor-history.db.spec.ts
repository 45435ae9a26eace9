import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '../lib/i18n/locales';
import { seriousViolations } from './support/axe';
import { uniqueTag, withDatabase } from './support/db-rows';
import { report2025 } from './support/demo';
import { e2eAdmin, signInToEditor } from './support/editor-sign-in';
import { fill, messagesOf } from './support/messages';

// An editor's way through a translation's history: two saves, a comparison showing what changed,
// and restoring the older text, which comes back as a new revision. The seeded German translation
// of the 2025 report is published, so these saves leave its public text alone; the three
// languages take turns on it.
test.describe.configure({ mode: 'serial' });

const german = report2025.translation('de');

async function findTranslation(): Promise<{ announcementId: string; latestRevision: number }> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ announcement_id: string; latest: number }>(
      `SELECT t.announcement_id, max(r.number)::int AS latest
       FROM translations t JOIN revisions r ON r.translation_id = t.id
       WHERE t.locale = 'de' AND t.slug = $1 GROUP BY t.announcement_id`,
      [german.slug],
    );
    const [row] = rows;
    if (!row) throw new Error(`The seeded translation ${german.slug} is missing`);
    return { announcementId: row.announcement_id, latestRevision: row.latest };
  });
}

/** Saves a new title in the translation editor (its form is the one carrying `baseVersion`). */
async function saveTitle(page: Page, editorPath: string, title: string): Promise<void> {
  await page.goto(editorPath);
  const form = page.locator('form:has(input[name="baseVersion"])');
  const version = form.locator('input[name="baseVersion"]');
  const seen = await version.inputValue();
  await form.locator('[name="title"]').fill(title);
  // A plain save: submitting without a submitter sends no "publish".
  await form.evaluate((element) => (element as HTMLFormElement).requestSubmit());
  await expect(version).not.toHaveValue(seen, { timeout: 15_000 });
}

for (const locale of ['en', 'zh', 'ar'] as const satisfies Locale[]) {
  test(`${locale}: compares two revisions and restores the older one as a new revision`, async ({ page }) => {
    const t = messagesOf(locale).EditorHistory;
    const { announcementId, latestRevision: before } = await findTranslation();
    const editorPath = `/${locale}/editor/announcements/${announcementId}/de`;
    const tag = uniqueTag();
    const older = `Verlauf ${tag} eins`;
    const newer = `Verlauf ${tag} zwei`;

    await signInToEditor(page, locale, e2eAdmin.email, e2eAdmin.password);
    await saveTitle(page, editorPath, older);
    await saveTitle(page, editorPath, newer);
    const [first, second] = [before + 1, before + 2];
    const revisionRow = (number: number) =>
      page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: fill(t.revisionNumber, { number: String(number) }), exact: true }) });

    await page.goto(`${editorPath}/history`);
    await expect(page.getByRole('link', { name: t.backToEditor })).toHaveAttribute('href', editorPath);
    await expect(revisionRow(second)).toContainText(newer);

    // By default the latest revision is compared with the one before it.
    const comparison = (from: number, to: number) =>
      page.getByRole('region', { name: fill(t.comparisonHeading, { from: String(from), to: String(to) }) });
    await expect(comparison(first, second).locator('del')).toContainText(['eins']);
    await expect(comparison(first, second).locator('ins')).toContainText(['zwei']);
    await expect(comparison(first, second).locator('[lang="de"][dir="ltr"]').first()).toBeVisible();

    // Any two: the text before these saves against the latest.
    await page.getByRole('radio', { name: fill(t.compareFromLabel, { number: String(before) }), exact: true }).check();
    await page.getByRole('button', { name: t.compareButton }).click();
    await expect(page).toHaveURL(new RegExp(`from=${before}`));
    await expect(comparison(before, second).locator('ins')).toContainText([tag]);

    await page
      .getByRole('button', { name: `${t.restoreButton} ${fill(t.restoreContext, { number: String(first) })}`, exact: true })
      .click();
    const restored = page.getByRole('status').filter({ hasText: fill(t.restored, { number: String(second + 1) }) });
    await expect(restored).toBeVisible({ timeout: 15_000 });
    await expect(revisionRow(second + 1)).toContainText(older);
    expect((await findTranslation()).latestRevision).toBe(second + 1);
    expect(await seriousViolations(page, '.history')).toEqual([]);
  });
}

test('en: a restore from a page someone has since saved over is refused with the conflict text, then works', async ({ page, context }) => {
  const t = messagesOf('en').EditorHistory;
  const { announcementId } = await findTranslation();
  const editorPath = `/en/editor/announcements/${announcementId}/de`;
  await signInToEditor(page, 'en', e2eAdmin.email, e2eAdmin.password);
  // At least two revisions, so the first one can be restored.
  await saveTitle(page, editorPath, `Vorher ${uniqueTag()}`);
  const { latestRevision: before } = await findTranslation();
  await page.goto(`${editorPath}/history`);
  const restoreButton = page.getByRole('button', { name: `${t.restoreButton} ${fill(t.restoreContext, { number: '1' })}`, exact: true });
  await expect(restoreButton).toBeVisible();

  // Meanwhile, in another tab, a save.
  const other = await context.newPage();
  await saveTitle(other, editorPath, `Dazwischen ${uniqueTag()}`);
  await other.close();

  await restoreButton.click();
  await expect(page.getByRole('alert').filter({ hasText: messagesOf('en').EditorErrors.conflict })).toBeVisible({ timeout: 15_000 });
  expect((await findTranslation()).latestRevision).toBe(before + 1);
  // The page has been re-read: the same button now restores.
  await expect(page.getByRole('rowheader', { name: fill(t.revisionNumber, { number: String(before + 1) }), exact: true })).toBeVisible();
  await restoreButton.click();
  await expect(page.getByRole('status').filter({ hasText: fill(t.restored, { number: String(before + 2) }) })).toBeVisible({ timeout: 15_000 });
});
