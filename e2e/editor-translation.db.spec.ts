import { expect, test } from '@playwright/test';
import { seriousViolations } from './support/axe';
import { uniqueTag } from './support/db-rows';
import { chairStatement, report2024, report2025 } from './support/demo';
import { fill } from './support/messages';
import { editor, latestTitle, openEditor, withAnyNumber } from './support/translation-editor';

// The side-by-side translation editor, in an interface language with Latin, Chinese and
// right-to-left script: editing, publishing, and following the source's changes. Each test works
// on its own translation of the demo (or creates one), so the tests can run side by side.

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
