import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { hashPassword } from '../lib/auth/password';
import type { Locale } from '../lib/i18n/locales';
import { announcementPath } from '../lib/i18n/paths';
import { uniqueTag, withDatabase } from './support/db-rows';
import { report2024 } from './support/demo';
import { signInToEditor } from './support/editor-sign-in';
import { messagesOf } from './support/messages';

// An announcement's life in the editor: created with a Chinese title (its address becomes pinyin),
// published, withdrawn through its settings (readers see the notice), deleted (readers get a 404).

// The admin lib/testing/e2e-database.ts seeds into the end-to-end database.
const admin = { email: 'admin@e2e.test', password: 'e2e-admin-password' };

/** Puts the latest revision of every text of the announcement live, as the publish step would. */
async function publishAll(announcementId: string): Promise<void> {
  await withDatabase((client) =>
    client.query(
      `UPDATE translations t SET status = 'PUBLISHED', published_at = now() - interval '1 minute', updated_at = now(),
         live_revision_id = (SELECT r.id FROM revisions r WHERE r.translation_id = t.id ORDER BY r.number DESC LIMIT 1)
       WHERE t.announcement_id = $1`,
      [announcementId],
    ),
  );
}

async function createChineseAnnouncement(page: Page, locale: Locale, title: string): Promise<string> {
  const m = messagesOf(locale).EditorAnnouncement;
  await page.goto(`/${locale}/editor/announcements/new`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.newHeading);
  await page.getByLabel(m.fieldSourceLocale, { exact: true }).selectOption('zh');
  await page.getByLabel(m.fieldEvent, { exact: true }).selectOption({ index: 1 });
  await page.getByLabel(m.fieldEventDate, { exact: true }).fill('2025-06-12');
  await page.getByRole('group', { name: m.fieldTopics }).getByRole('checkbox').first().check();
  await page.getByLabel(m.fieldSummary, { exact: true }).fill('分论坛在连云港举行。');
  await page.getByLabel(m.fieldBody, { exact: true }).fill('## 会议\n\n各方代表出席。');

  // Without a title the form refuses, and keeps everything typed and chosen so far.
  await page.getByRole('button', { name: m.create }).click();
  await expect(page.getByText(messagesOf(locale).EditorErrors.required, { exact: true })).toBeVisible();
  await expect(page.getByLabel(m.fieldTitle, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(m.fieldBody, { exact: true })).toHaveValue('## 会议\n\n各方代表出席。');
  await expect(page.getByLabel(m.fieldSourceLocale, { exact: true })).toHaveValue('zh');
  await expect(page.getByRole('group', { name: m.fieldTopics }).getByRole('checkbox').first()).toBeChecked();

  await page.getByLabel(m.fieldTitle, { exact: true }).fill(title);
  await expect(page.getByLabel(m.fieldTitle, { exact: true })).toHaveAttribute('lang', 'zh');
  await page.getByRole('button', { name: m.create }).click();
  const overview = new RegExp(`^/${locale}/editor/announcements/(?!new$)([^/]+)$`);
  await page.waitForURL((url) => overview.test(url.pathname));
  return overview.exec(new URL(page.url()).pathname)?.[1] ?? '';
}

for (const locale of ['en', 'zh', 'ar'] as const) {
  test(`${locale}: an admin creates, withdraws and deletes an announcement`, async ({ page }) => {
    // Two dozen page loads and saves on a machine that runs two browsers at once.
    test.slow();
    const m = messagesOf(locale).EditorAnnouncement;
    const tag = uniqueTag();
    const slug = `yi-min-guan-li-he-zuo-fen-lun-tan-${tag}`;
    await signInToEditor(page, locale, admin.email, admin.password);

    const id = await createChineseAnnouncement(page, locale, `移民管理合作分论坛 ${tag}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`移民管理合作分论坛 ${tag}`);
    await expect(page.getByRole('table').getByText(slug)).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(m.addTranslation) })).toHaveCount(6);

    await publishAll(id);
    await page.reload();
    const publicLink = page.getByRole('link', { name: new RegExp(m.viewPublic) });
    await expect(publicLink).toHaveAttribute('href', announcementPath('zh', slug));
    await page.goto(announcementPath('zh', slug));
    await expect(page.getByRole('note')).toHaveCount(0);

    await page.goBack();
    await page.getByLabel(m.fieldLifecycle, { exact: true }).selectOption('WITHDRAWN');
    await page.getByRole('button', { name: m.save }).click();
    await expect(page.getByRole('status').filter({ hasText: m.saved })).toBeVisible();
    await expect(page.getByLabel(m.fieldLifecycle, { exact: true })).toHaveValue('WITHDRAWN');

    await page.getByRole('link', { name: new RegExp(m.viewPublic) }).click();
    await expect(page).toHaveURL(announcementPath('zh', slug));
    await expect(page.getByRole('note').filter({ hasText: messagesOf('zh').Lifecycle.bannerWITHDRAWN })).toBeVisible();

    await page.goBack();
    await page.getByRole('checkbox', { name: m.deleteConfirm }).check();
    await page.getByRole('button', { name: m.deleteButton }).click();
    await expect(page).toHaveURL(`/${locale}/editor`);
    expect((await page.goto(announcementPath('zh', slug)))?.status()).toBe(404);
  });
}

test('settings saved by someone else meanwhile: a clear message, and the choices stay', async ({ page, browser }) => {
  const m = messagesOf('en').EditorAnnouncement;
  await signInToEditor(page, 'en', admin.email, admin.password);
  const id = await createChineseAnnouncement(page, 'en', `冲突 ${uniqueTag()}`);

  const other = await browser.newContext({ storageState: await page.context().storageState() });
  const otherPage = await other.newPage();
  await otherPage.goto(`/en/editor/announcements/${id}`);
  await otherPage.getByLabel(m.fieldLifecycle, { exact: true }).selectOption('CORRECTED');
  await otherPage.getByRole('button', { name: m.save }).click();
  await expect(otherPage.getByRole('status').filter({ hasText: m.saved })).toBeVisible();
  await other.close();

  await page.getByLabel(m.fieldLifecycle, { exact: true }).selectOption('WITHDRAWN');
  await page.getByLabel(m.fieldEventDate, { exact: true }).fill('2025-07-01');
  await page.getByRole('button', { name: m.save }).click();
  await expect(page.getByRole('alert').filter({ hasText: m.metadataConflict })).toBeVisible();
  await expect(page.getByLabel(m.fieldLifecycle, { exact: true })).toHaveValue('WITHDRAWN');
  await expect(page.getByLabel(m.fieldEventDate, { exact: true })).toHaveValue('2025-07-01');
  await expect(page.getByRole('heading', { name: m.savedNowHeading })).toBeVisible();
  await expect(page.locator('.metadata-summary')).toContainText(m.lifecycleCORRECTED);

  // Saving again, knowingly, replaces the other person's settings.
  await page.getByRole('button', { name: m.save }).click();
  await expect(page.getByRole('status').filter({ hasText: m.saved })).toBeVisible();
});

test('deleting works without JavaScript, and only once the confirmation is ticked', async ({ page, browser }) => {
  const m = messagesOf('ar').EditorAnnouncement;
  await signInToEditor(page, 'ar', admin.email, admin.password);
  const id = await createChineseAnnouncement(page, 'ar', `删除 ${uniqueTag()}`);

  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto(`/ar/editor/announcements/${id}`);
  await plain.getByRole('button', { name: m.deleteButton }).click();
  await expect(plain).toHaveURL(`/ar/editor/announcements/${id}`);
  await plain.getByRole('checkbox', { name: m.deleteConfirm }).check();
  await plain.getByRole('button', { name: m.deleteButton }).click();
  await expect(plain).toHaveURL('/ar/editor');
  await noScript.close();
  // Its editor page now says it is in the trash (e2e/editor-trash.db.spec.ts goes on from there).
  await page.goto(`/ar/editor/announcements/${id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(messagesOf('ar').EditorTrash.noticeHeading);
});

test('a translator sees the settings read-only and may not create announcements', async ({ page }) => {
  const m = messagesOf('en').EditorAnnouncement;
  const translator = { email: `translator-${uniqueTag()}@e2e.test`, password: 'translator-e2e-password' };
  const passwordHash = await hashPassword(translator.password);
  const demoId = await withDatabase(async (client) => {
    await client.query(
      `INSERT INTO users (id, email, name, password_hash, role, locales, updated_at) VALUES ($1, $2, 'Translator', $3, 'TRANSLATOR', $4, now())`,
      [randomUUID(), translator.email, passwordHash, ['ar']],
    );
    const found = await client.query<{ id: string }>(`SELECT announcement_id AS id FROM translations WHERE locale = 'en' AND slug = $1`, [
      report2024.translation('en').slug,
    ]);
    return found.rows[0]?.id ?? '';
  });
  await signInToEditor(page, 'en', translator.email, translator.password);

  await page.goto('/en/editor/announcements/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.notAllowedHeading);
  await expect(page.getByRole('button', { name: m.create })).toHaveCount(0);

  await page.goto(`/en/editor/announcements/${demoId}`);
  await expect(page.getByText(m.metadataReadOnly)).toBeVisible();
  await expect(page.getByRole('button', { name: m.save })).toHaveCount(0);
  await expect(page.getByRole('button', { name: m.deleteButton })).toHaveCount(0);
  await expect(page.getByRole('link', { name: new RegExp(m.editTranslation) }).first()).toBeVisible();
});
