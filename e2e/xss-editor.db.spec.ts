import { expect, test } from '@playwright/test';
import {
  announcementEditorPath,
  coverImagePath,
  dashboardPath,
  draftPreviewPath,
  importPath,
  translationEditorPath,
  translationHistoryPath,
} from '../lib/auth/editor-paths';
import { uniqueTag, withDatabase } from './support/db-rows';
import { e2eAdmin, signInToEditor } from './support/editor-sign-in';
import { messagesOf } from './support/messages';
import { editor } from './support/translation-editor';
import { joinPayloads, xssPayloads } from './support/xss-payloads';
import { insertXssAnnouncement, xssLocales, type XssAnnouncement } from './support/xss-rows';
import { expectNoXss, trapXss } from './support/xss-traps';

// The editor's pages with announcements made of cross-site scripting payloads (dashboard, overview,
// translation editor with its source column and live preview, history, draft preview, cover page)
// and the import screen fed a file of payloads: nothing may run, nothing may be blocked by the
// policy, and no element or attribute that could run script may exist.

const tag = uniqueTag();
let announcement: XssAnnouncement | undefined;

test.beforeAll(async () => {
  announcement = await withDatabase((client) => insertXssAnnouncement(client, 1, tag));
});

for (const ui of xssLocales) {
  test(`${ui}: editor pages showing payload texts run no script and hold no unsafe markup`, async ({ page }) => {
    test.slow();
    const id = announcement?.id ?? '';
    const hits = await trapXss(page);
    await signInToEditor(page, ui, e2eAdmin.email, e2eAdmin.password);
    const pages = [
      dashboardPath(ui),
      announcementEditorPath(ui, id),
      translationEditorPath(ui, id, 'zh'),
      translationHistoryPath(ui, id, 'ar'),
      draftPreviewPath(ui, id, 'en'),
      coverImagePath(ui, id),
    ];
    for (const path of pages) {
      expect((await page.goto(path))?.status(), path).toBe(200);
      await expect(page.locator('#content')).toContainText('window.__xss=');
      await expectNoXss(page, hits, path);
    }

    // The live preview renders what is typed, in the browser, with the public renderer.
    await page.goto(translationEditorPath(ui, id, 'zh'));
    const e = editor(page, ui);
    await e.body.fill(joinPayloads(xssPayloads));
    await expect(page.locator('.markdown-preview .prose')).toContainText(`window.__xss=${xssPayloads.length - 1}`);
    await expectNoXss(page, hits, 'the live preview');

    // A payload as the address: refused with a message, and the page stays clean.
    await page.getByRole('textbox', { name: e.m.fieldSlug, exact: true }).fill(xssPayloads[0]?.text ?? '');
    await e.save.click();
    await expect(page.getByText(e.errors.slugInvalid).first()).toBeVisible();
    await expectNoXss(page, hits, 'the refused slug');
  });

  test(`${ui}: an imported file of payloads previews and becomes a draft without running any`, async ({ page }) => {
    test.slow();
    const m = messagesOf(ui).EditorImport;
    const hits = await trapXss(page);
    const fileTag = uniqueTag().replace(/\d/g, (digit) => 'ghijklmnop'.charAt(Number(digit)));
    await signInToEditor(page, ui, e2eAdmin.email, e2eAdmin.password);
    await page.goto(importPath(ui));
    const report = `Imported ${fileTag} <img src=x onerror=window.__xss=1>\n\n${joinPayloads(xssPayloads, '\n')}\n`;
    // File names are shown too: some carry a payload (a name cannot hold a slash).
    const named = xssPayloads.filter((payload) => !payload.text.includes('/')).slice(0, 3);
    await page.getByLabel(m.fieldFiles, { exact: true }).setInputFiles([
      { name: `report-${fileTag}.txt`, mimeType: 'text/plain', buffer: Buffer.from(report) },
      ...named.map((payload) => ({ name: `${payload.text}.txt`, mimeType: 'text/plain', buffer: Buffer.from(`${payload.text} ${fileTag}\n\n${payload.text}\n`) })),
    ]);
    await page.getByRole('button', { name: m.preview }).click();
    await expect(page.getByRole('button', { name: m.confirm })).toBeVisible();
    await expectNoXss(page, hits, 'the import preview');

    await page.getByRole('button', { name: m.confirm }).click();
    await expect(page.getByText(m.outcomeCreated).first()).toBeVisible();
    await expectNoXss(page, hits, 'the import outcome');
    await page.getByRole('link', { name: m.openAnnouncement }).first().click();
    await expect(page.locator('#content')).toContainText(fileTag);
    await expectNoXss(page, hits, 'the imported announcement');
    await page.goto(dashboardPath(ui));
    await expect(page.locator('#content')).toContainText(fileTag);
    await expectNoXss(page, hits, 'the dashboard with imported drafts');
  });
}
