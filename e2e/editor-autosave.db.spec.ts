import { expect, test, type Page } from '@playwright/test';
import type { Locale } from '../lib/i18n/locales';
import { uniqueTag, withDatabase } from './support/db-rows';
import { answerNextDialog } from './support/dialogs';
import { insertDraftAnnouncement, revisionsOf, saveElsewhere, type DraftRows } from './support/draft-rows';
import { e2eAdmin, signInToEditor } from './support/editor-sign-in';
import { fill, messagesOf } from './support/messages';

// Drafts that save themselves, the question before leaving unsaved text, and the preview of a
// saved draft in the public layout. Each test makes its own announcement, so they run side by side.

// The automatic save waits 5 s after the last keystroke; a retry after a failure waits longer.
const autosaveWait = { timeout: 20_000 };

/** A message as a pattern, with {time} standing for any clock time. */
function withAnyTime(message: string): RegExp {
  const escaped = message.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace('{time}', '.+'));
}

function editor(page: Page, ui: Locale) {
  const m = messagesOf(ui).EditorTranslation;
  return {
    m,
    body: page.getByRole('textbox', { name: m.fieldBody, exact: true }),
    autosave: page.locator('.autosave-status'),
    unsaved: page.getByText(m.unsaved, { exact: true }),
  };
}

async function openDraft(page: Page, ui: Locale, sourceLocale: Locale, draftLocale: Locale): Promise<DraftRows & { tag: string }> {
  const tag = uniqueTag();
  const rows = await withDatabase((client) => insertDraftAnnouncement(client, { sourceLocale, draftLocale, tag }));
  await signInToEditor(page, ui, e2eAdmin.email, e2eAdmin.password);
  await page.goto(`/${ui}/editor/announcements/${rows.announcementId}/${draftLocale}`);
  return { ...rows, tag };
}

const journeys = [
  { ui: 'en', sourceLocale: 'en', draftLocale: 'de' },
  { ui: 'zh', sourceLocale: 'fr', draftLocale: 'zh' },
  { ui: 'ar', sourceLocale: 'en', draftLocale: 'ar' },
] as const;

for (const { ui, sourceLocale, draftLocale } of journeys) {
  test(`${ui}: a draft saves itself, stays after a reload and shows in the preview`, async ({ page, browser }) => {
    const e = editor(page, ui);
    const { tag, draftId, announcementId } = await openDraft(page, ui, sourceLocale, draftLocale);
    const typed = `Typed and never saved by hand ${tag}`;
    await e.body.fill(typed);
    await expect(e.autosave).toHaveText(withAnyTime(e.m.autosaved), autosaveWait);
    await expect(e.unsaved).toHaveCount(0);
    const revisions = await withDatabase((client) => revisionsOf(client, draftId));
    expect(revisions.map((revision) => revision.number)).toEqual([2, 1]);
    expect(revisions[0]?.body).toBe(typed);

    // Nothing left unsaved: the page reloads without asking, with the text.
    await page.reload();
    await expect(e.body).toHaveValue(typed);

    // The automatic save is an ordinary revision in the history.
    await page.goto(`/${ui}/editor/announcements/${announcementId}/${draftLocale}/history`);
    const history = messagesOf(ui).EditorHistory;
    await expect(page.getByRole('table', { name: history.caption }).getByRole('row')).toHaveCount(3);
    await expect(page.getByRole('rowheader', { name: fill(history.revisionNumber, { number: '2' }), exact: true })).toBeVisible();
    await page.goBack();

    // The preview: the public frame and article, marked as a preview, never cached or indexed.
    const preview = page.getByRole('link', { name: e.m.previewDraft, exact: true });
    const href = await preview.getAttribute('href');
    expect(href).toBe(`/${ui}/editor/announcements/${announcementId}/${draftLocale}/preview`);
    const response = await page.goto(href ?? '');
    const p = messagesOf(ui).DraftPreview;
    await expect(page.getByRole('complementary', { name: p.bannerLabel })).toContainText(p.backToEditor);
    await expect(page.getByRole('heading', { level: 1, name: `Draft ${tag}` })).toBeVisible();
    await expect(page.locator('article .prose')).toHaveText(typed);
    await expect(page.locator('article .prose')).toHaveAttribute('lang', draftLocale);
    await expect(page.locator('.site-header')).toBeVisible();
    await expect(page.locator('.site-footer')).toBeVisible();
    expect(response?.headers()['cache-control']).toMatch(/private/);
    expect(response?.headers()['cache-control']).toMatch(/no-store/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

    // Signed out: the sign-in page, not the draft.
    const stranger = await browser.newContext();
    const strangerPage = await stranger.newPage();
    await strangerPage.goto(href ?? '');
    await expect(strangerPage).toHaveURL(/\/editor\/sign-in/);
    await expect(strangerPage.getByText(typed)).toHaveCount(0);
    await stranger.close();
  });
}

test('en: leaving unsaved text asks first, for links inside the editor and for the browser', async ({ page }) => {
  const e = editor(page, 'en');
  await openDraft(page, 'en', 'en', 'fr');
  const address = page.url();
  await e.body.fill('Not saved yet');
  const dashboard = page.getByRole('navigation', { name: e.m.navLabel }).getByRole('link', { name: e.m.dashboard });

  const refused = answerNextDialog(page, 'dismiss');
  await dashboard.click();
  expect(await refused).toEqual({ type: 'confirm', message: e.m.leaveConfirm });
  await expect(page).toHaveURL(address);
  await expect(e.body).toHaveValue('Not saved yet');

  const leaving = answerNextDialog(page, 'accept');
  await page.reload();
  expect((await leaving).type).toBe('beforeunload');

  // Answered yes, the link is followed, without a second question from the browser.
  await e.body.fill('Given up');
  const leavingByLink = answerNextDialog(page, 'accept');
  await dashboard.click();
  expect((await leavingByLink).type).toBe('confirm');
  await expect(page).toHaveURL(/\/en\/editor$/);
});

test('en: a failed automatic save keeps the text, says so and tries again', async ({ page }) => {
  const e = editor(page, 'en');
  const { tag, draftId } = await openDraft(page, 'en', 'en', 'es');
  // Server actions are POSTs carrying a Next-Action header: with the database out of reach they fail.
  await page.route('**/*', (route) => (route.request().headers()['next-action'] ? route.abort('internetdisconnected') : route.continue()));
  await e.body.fill(`Kept while the save fails ${tag}`);
  await expect(e.autosave).toHaveText(withAnyTime(e.m.autosaveFailed), autosaveWait);
  await expect(e.body).toHaveValue(`Kept while the save fails ${tag}`);
  await expect(e.unsaved).toBeVisible();

  await page.unroute('**/*');
  await expect(e.autosave).toHaveText(withAnyTime(e.m.autosaved), { timeout: 30_000 });
  const revisions = await withDatabase((client) => revisionsOf(client, draftId));
  expect(revisions[0]?.body).toBe(`Kept while the save fails ${tag}`);
});

test('zh: a conflict stops the automatic save and shows the other text', async ({ page }) => {
  const e = editor(page, 'zh');
  const { tag, draftId } = await openDraft(page, 'zh', 'fr', 'ru');
  await withDatabase((client) => saveElsewhere(client, draftId, `Someone else's text ${tag}`));
  await e.body.fill(`My own text ${tag}`);
  await expect(page.getByRole('heading', { name: e.m.conflictHeading })).toBeVisible(autosaveWait);
  await expect(e.body).toHaveValue(`My own text ${tag}`);
  // Nothing was overwritten, and nothing more is sent while the conflict is open.
  await page.waitForTimeout(7_000);
  const revisions = await withDatabase((client) => revisionsOf(client, draftId));
  expect(revisions.map((revision) => revision.body)).toEqual([`Someone else's text ${tag}`, `First words ${tag}.`]);
});
