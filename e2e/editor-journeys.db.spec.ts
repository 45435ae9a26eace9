import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import type { Locale } from '../lib/i18n/locales';
import { announcementPath } from '../lib/i18n/paths';
import { uniqueTag } from './support/db-rows';
import { e2eAdmin, signInToEditor } from './support/editor-sign-in';
import { fill, messagesOf } from './support/messages';
import { insertTranslator, type Credentials } from './support/translators';

// Issue 4's journeys across roles, each on an announcement it creates through the editor: an editor
// writes it, a translator translates it, the editor publishes, and readers see it at once; what a
// translator may not do; a scheduled text going live by itself; a restored revision put live.
// (Creating and deleting, editing the demo texts and comparing revisions are in the other specs.)

test.describe.configure({ timeout: 120_000 });

async function signedIn(browser: Browser, ui: Locale, who: Credentials): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInToEditor(page, ui, who.email, who.password);
  return page;
}

/** Creates an announcement with an English source text through "New announcement"; returns its id. */
async function createEnglishAnnouncement(page: Page, ui: Locale, title: string): Promise<string> {
  const m = messagesOf(ui).EditorAnnouncement;
  await page.goto(`/${ui}/editor/announcements/new`);
  await page.getByLabel(m.fieldSourceLocale, { exact: true }).selectOption('en');
  await page.getByLabel(m.fieldTitle, { exact: true }).fill(title);
  await page.getByLabel(m.fieldSummary, { exact: true }).fill(`Summary of ${title}.`);
  await page.getByLabel(m.fieldBody, { exact: true }).fill(`Delegates met for ${title}.`);
  await page.getByRole('button', { name: m.create }).click();
  const overview = new RegExp(`^/${ui}/editor/announcements/(?!new$)([^/]+)$`);
  await page.waitForURL((url) => overview.test(url.pathname));
  return overview.exec(new URL(page.url()).pathname)?.[1] ?? '';
}

function translationEditor(page: Page, ui: Locale) {
  const m = messagesOf(ui).EditorTranslation;
  return {
    m,
    title: page.getByRole('textbox', { name: m.fieldTitle, exact: true }),
    slug: page.getByRole('textbox', { name: m.fieldSlug, exact: true }),
    body: page.getByRole('textbox', { name: m.fieldBody, exact: true }),
    button: (name: string) => page.getByRole('button', { name, exact: true }),
    success: page.locator('.action-message [role="status"]'),
  };
}

/** Writes a text in the open translation editor and saves it. */
async function saveText(page: Page, ui: Locale, text: { title: string; slug: string; body: string }): Promise<void> {
  const e = translationEditor(page, ui);
  await e.title.fill(text.title);
  await e.slug.fill(text.slug);
  await e.body.fill(text.body);
  await e.button(e.m.save).click();
  await expect(e.success).toHaveText(fill(e.m.savedAsRevision, { number: '1' }));
}

/** The public page's HTML, once it answers 200 (a reader without any cookie). */
async function publicHtml(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path, { headers: { cookie: '' } });
  return response.ok() ? response.text() : '';
}

/**
 * Whether a reader asking within `ms` of now gets a page showing `text`. A request made before the
 * deadline counts even when its answer comes later: the first render of a new page can itself take
 * more than a second on a busy machine, and what is checked is that no stale page is served.
 */
async function shownWithin(request: APIRequestContext, path: string, text: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  do {
    if ((await publicHtml(request, path)).includes(text)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < deadline);
  return false;
}

for (const ui of ['en', 'ar'] as const) {
  test(`${ui}: an editor writes, a translator translates into zh, the editor publishes, a reader sees it within a second`, async ({
    browser,
    request,
  }) => {
    const tag = uniqueTag();
    const translator = await insertTranslator(['zh']);
    const editorPage = await signedIn(browser, ui, e2eAdmin);
    const id = await createEnglishAnnouncement(editorPage, ui, `Journey ${tag}`);

    const translatorPage = await signedIn(browser, ui, translator);
    await translatorPage.goto(`/${ui}/editor/announcements/${id}/zh`);
    const t = translationEditor(translatorPage, ui);
    const zh = { title: `合作论坛 ${tag}`, slug: `he-zuo-lun-tan-${tag}`, body: `各方代表出席了会议 ${tag}。` };
    await saveText(translatorPage, ui, zh);
    await t.button(t.m.submitForReview).click();
    await expect(t.success).toHaveText(t.m.doneSubmit);

    await editorPage.goto(`/${ui}/editor/announcements/${id}/zh`);
    const e = translationEditor(editorPage, ui);
    await expect(e.title).toHaveValue(zh.title);
    // A reader asked before it was published: that "not found" must not be what readers get after.
    expect(await publicHtml(request, announcementPath('zh', zh.slug))).toBe('');
    await e.button(e.m.publish).click();
    await expect(e.success).toHaveText(e.m.donePublish);
    expect(await shownWithin(request, announcementPath('zh', zh.slug), zh.title, 1_000)).toBe(true);

    const reader = await (await browser.newContext()).newPage();
    await reader.goto(announcementPath('zh', zh.slug));
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(zh.title);
  });
}

test('ar: a translator finds no publishing, and only reads the source and the other languages', async ({ browser }) => {
  const tag = uniqueTag();
  const translator = await insertTranslator(['zh']);
  const editorPage = await signedIn(browser, 'en', e2eAdmin);
  const id = await createEnglishAnnouncement(editorPage, 'en', `Roles ${tag}`);

  const page = await signedIn(browser, 'ar', translator);
  const e = translationEditor(page, 'ar');
  await page.goto(`/ar/editor/announcements/${id}/zh`);
  await saveText(page, 'ar', { title: `角色 ${tag}`, slug: `jue-se-${tag}`, body: `文本 ${tag}。` });
  await expect(e.button(e.m.submitForReview)).toBeVisible();
  for (const step of [e.m.publish, e.m.saveAndPublish, e.m.schedule, e.m.unpublish, e.m.archive]) await expect(e.button(step)).toHaveCount(0);

  // The English source and a language not theirs: readable, not editable.
  for (const other of ['en', 'fr'] as const) {
    await page.goto(`/ar/editor/announcements/${id}/${other}`);
    await expect(page.getByText(e.m.readOnly)).toBeVisible();
    await expect(e.title).toHaveAttribute('readonly', '');
    await expect(e.button(e.m.save)).toHaveCount(0);
  }
  await page.goto(`/ar/editor/announcements/${id}`);
  await expect(page.getByText(messagesOf('ar').EditorAnnouncement.metadataReadOnly)).toBeVisible();
  await page.goto('/ar/editor/users');
  await expect(page.getByText(messagesOf('ar').EditorUsers.notAllowed)).toBeVisible();
});

test('zh: a translation scheduled a minute or two ahead goes live at its time with nobody doing anything', async ({ browser, request }) => {
  test.setTimeout(240_000);
  const tag = uniqueTag();
  const page = await signedIn(browser, 'zh', e2eAdmin);
  const id = await createEnglishAnnouncement(page, 'zh', `Scheduled ${tag}`);
  await page.goto(`/zh/editor/announcements/${id}/zh`);
  const e = translationEditor(page, 'zh');
  const zh = { title: `定时发布 ${tag}`, slug: `ding-shi-fa-bu-${tag}`, body: `定时发布的文本 ${tag}。` };
  await saveText(page, 'zh', zh);

  // The browser's own clock, to the minute: at least a minute ahead.
  const ahead = await page.evaluate(() => {
    const at = new Date(Date.now() + 2 * 60_000);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}`;
  });
  await page.getByLabel(e.m.publishAt).fill(ahead);
  await e.button(e.m.schedule).click();
  await expect(e.success).toHaveText(e.m.doneSchedule);
  await page.close();
  expect(await publicHtml(request, announcementPath('zh', zh.slug))).toBe('');

  await expect.poll(() => publicHtml(request, announcementPath('zh', zh.slug)), { timeout: 180_000, intervals: [5_000] }).toContain(zh.title);
});

test('en: a revision restored on a published text and published again is what readers see', async ({ browser, request }) => {
  const tag = uniqueTag();
  const h = messagesOf('en').EditorHistory;
  const page = await signedIn(browser, 'en', e2eAdmin);
  const original = `Restore ${tag}`;
  const id = await createEnglishAnnouncement(page, 'en', original);
  const slug = `restore-${tag}`;
  const editorPath = `/en/editor/announcements/${id}/en`;
  const e = translationEditor(page, 'en');
  await page.goto(editorPath);
  await e.button(e.m.publish).click();
  await expect(e.success).toHaveText(e.m.donePublish);

  const changed = `Changed ${tag}`;
  await e.title.fill(changed);
  await e.button(e.m.saveAndPublish).click();
  await expect(e.success).toHaveText(fill(e.m.savedAndPublished, { number: '2' }));
  await expect.poll(() => publicHtml(request, announcementPath('en', slug))).toContain(changed);

  await page.goto(`${editorPath}/history`);
  await page.getByRole('button', { name: `${h.restoreButton} ${fill(h.restoreContext, { number: '1' })}`, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: fill(h.restored, { number: '3' }) })).toBeVisible({ timeout: 15_000 });
  await page.goto(editorPath);
  await expect(e.title).toHaveValue(original);
  await e.button(e.m.publish).click();
  await expect(e.success).toHaveText(e.m.donePublish);

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(announcementPath('en', slug));
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(original);
});
