import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { hashPassword } from '../lib/auth/password';
import type { Locale } from '../lib/i18n/locales';
import { announcementPath } from '../lib/i18n/paths';
import { insertAnnouncement, uniqueTag, withDatabase } from './support/db-rows';
import { e2eAdmin, signInToEditor } from './support/editor-sign-in';
import { fill, messagesOf } from './support/messages';

// The trash: a deleted announcement leaves the public site and waits in the trash; restoring puts
// it back; an administrator deletes it for good after ticking a confirmation; the audit log says
// who did all of it, filtered by action.

/** A published English announcement, straight into the database; returns its id, title and address. */
async function publishedAnnouncement(label: string) {
  const tag = uniqueTag();
  const title = `${label} ${tag}`;
  const slug = `trash-${tag}`;
  const id = await withDatabase((client) => insertAnnouncement(client, { sourceLocale: 'en', translations: [{ locale: 'en', slug, title }] }));
  return { id, title, publicPath: announcementPath('en', slug) };
}

async function deleteThroughEditor(page: Page, locale: Locale, id: string): Promise<void> {
  const m = messagesOf(locale).EditorAnnouncement;
  await page.goto(`/${locale}/editor/announcements/${id}`);
  await page.getByRole('checkbox', { name: m.deleteConfirm }).check();
  await page.getByRole('button', { name: m.deleteButton }).click();
  await expect(page).toHaveURL(`/${locale}/editor`);
}

const statusOf = async (page: Page, path: string) => (await page.request.get(path))?.status();

for (const locale of ['en', 'zh', 'ar'] as const) {
  test(`${locale}: delete, restore, delete for good, and read it in the audit log`, async ({ page }) => {
    test.slow();
    const m = messagesOf(locale);
    const t = m.EditorTrash;
    const announcement = await publishedAnnouncement('Trash journey');
    await signInToEditor(page, locale, e2eAdmin.email, e2eAdmin.password);
    expect(await statusOf(page, announcement.publicPath)).toBe(200);

    await deleteThroughEditor(page, locale, announcement.id);
    expect(await statusOf(page, announcement.publicPath)).toBe(404);

    // Its editor page says where it went.
    await page.goto(`/${locale}/editor/announcements/${announcement.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.noticeHeading);
    await page.getByRole('link', { name: t.noticeLink }).click();
    await expect(page).toHaveURL(`/${locale}/editor/trash`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
    await expect(page.getByRole('navigation', { name: m.EditorShell.navigation, exact: true }).getByRole('link', { name: m.EditorShell.trash })).toHaveAttribute(
      'aria-current',
      'page',
    );

    const row = page.getByRole('row').filter({ hasText: announcement.title });
    await expect(row).toBeVisible();
    await row.getByRole('button', { name: t.restore }).click();
    await expect(page.getByRole('status').filter({ hasText: t.restored })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: announcement.title })).toHaveCount(0);
    expect(await statusOf(page, announcement.publicPath)).toBe(200);

    await deleteThroughEditor(page, locale, announcement.id);
    await page.goto(`/${locale}/editor/trash`);
    const purgeBox = page.getByRole('checkbox', { name: fill(t.purgeConfirm, { title: announcement.title }) });
    // Without the ticked box nothing is deleted.
    await row.getByRole('button', { name: t.purge }).click();
    await expect(purgeBox).toBeVisible();
    await purgeBox.check();
    await row.getByRole('button', { name: t.purge }).click();
    await expect(page.getByRole('status').filter({ hasText: t.purged })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: announcement.title })).toHaveCount(0);
    const left = await withDatabase((client) => client.query('SELECT count(*)::int AS n FROM announcements WHERE id = $1', [announcement.id]));
    expect(left.rows[0]?.n).toBe(0);

    // The audit log, filtered by action, shows the permanent deletion; the target is gone, so unlinked.
    const a = m.EditorAudit;
    await page.getByRole('navigation', { name: m.EditorShell.navigation, exact: true }).getByRole('link', { name: m.EditorShell.audit }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(a.title);
    await page.getByLabel(a.filterAction, { exact: true }).selectOption('announcement.purge');
    await page.getByRole('button', { name: a.apply }).click();
    await expect(page).toHaveURL(/action=announcement\.purge/);
    const purgeRow = page.getByRole('row').filter({ hasText: announcement.id });
    await expect(purgeRow).toHaveCount(1);
    await expect(purgeRow).toContainText(a.actions.announcement_purge);
    await expect(purgeRow).toContainText(announcement.title);
    await expect(purgeRow.getByRole('link')).toHaveCount(0);
    await expect(page.getByRole('cell', { name: a.actions.announcement_restore })).toHaveCount(0);

    await page.getByLabel(a.filterAction, { exact: true }).selectOption('announcement.restore');
    await page.getByRole('button', { name: a.apply }).click();
    await expect(page.getByRole('row').filter({ hasText: announcement.id })).toContainText(a.actions.announcement_restore);
  });
}

test('bad audit filters get a clear message, not an error page', async ({ page }) => {
  const a = messagesOf('ar').EditorAudit;
  await signInToEditor(page, 'ar', e2eAdmin.email, e2eAdmin.password);
  const response = await page.goto('/ar/editor/audit?from=2026-13-45&targetType=media');
  expect(response?.status()).toBe(200);
  const fields = new Intl.ListFormat('ar', { type: 'conjunction' }).format([a.fieldNames.targetType, a.fieldNames.from]);
  await expect(page.getByRole('alert').filter({ hasText: fill(a.invalidFilters, { fields }) })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('an editor restores but does not delete for good, and may not read the audit log', async ({ page }) => {
  const m = messagesOf('en');
  const editor = { email: `editor-${uniqueTag()}@e2e.test`, password: 'editor-e2e-password' };
  const passwordHash = await hashPassword(editor.password);
  await withDatabase((client) =>
    client.query(`INSERT INTO users (id, email, name, password_hash, role, updated_at) VALUES ($1, $2, 'Trash Editor', $3, 'EDITOR', now())`, [
      randomUUID(),
      editor.email,
      passwordHash,
    ]),
  );
  const announcement = await publishedAnnouncement('Editor trash');
  await signInToEditor(page, 'en', editor.email, editor.password);
  await deleteThroughEditor(page, 'en', announcement.id);

  const nav = page.getByRole('navigation', { name: m.EditorShell.navigation, exact: true });
  await expect(nav.getByRole('link', { name: m.EditorShell.audit })).toHaveCount(0);
  await nav.getByRole('link', { name: m.EditorShell.trash }).click();
  const row = page.getByRole('row').filter({ hasText: announcement.title });
  await expect(row).toContainText('Trash Editor');
  await expect(row.getByRole('button', { name: m.EditorTrash.purge })).toHaveCount(0);
  await row.getByRole('button', { name: m.EditorTrash.restore }).click();
  await expect(page.getByRole('status').filter({ hasText: m.EditorTrash.restored })).toBeVisible();

  await page.goto('/en/editor/audit');
  await expect(page.getByText(m.EditorAudit.notAllowed)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
});

test('restoring and deleting for good work without JavaScript', async ({ page, browser }) => {
  const t = messagesOf('zh').EditorTrash;
  const restored = await publishedAnnouncement('No script restore');
  const purged = await publishedAnnouncement('No script purge');
  await signInToEditor(page, 'zh', e2eAdmin.email, e2eAdmin.password);
  await deleteThroughEditor(page, 'zh', restored.id);
  await deleteThroughEditor(page, 'zh', purged.id);

  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto('/zh/editor/trash');
  await plain.getByRole('row').filter({ hasText: restored.title }).getByRole('button', { name: t.restore }).click();
  await expect(plain).toHaveURL('/zh/editor/trash?done=restored');
  await expect(plain.getByRole('status').filter({ hasText: t.restored })).toBeVisible();

  const row = plain.getByRole('row').filter({ hasText: purged.title });
  await row.getByRole('checkbox', { name: fill(t.purgeConfirm, { title: purged.title }) }).check();
  await row.getByRole('button', { name: t.purge }).click();
  await expect(plain).toHaveURL('/zh/editor/trash?done=purged');
  await expect(plain.getByRole('row').filter({ hasText: purged.title })).toHaveCount(0);
  await noScript.close();
  expect(await statusOf(page, restored.publicPath)).toBe(200);
});
