import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { announcementPath } from '../lib/i18n/paths';
import { uniqueTag, withDatabase } from './support/db-rows';
import { e2eAdmin, signInToEditor } from './support/editor-sign-in';
import { messagesOf } from './support/messages';

// Importing a raw report in the editor: the seed's Traditional Chinese chair statement (breadcrumb,
// pinyin readings, SEO spam, a corrupted name), with its heading tagged so each run is its own,
// next to an empty file that fails on its own. Nothing is written before "Create drafts"; the draft
// then shows on the dashboard and not on the public site.

const statement = readFileSync('prisma/seed/raw/004_8c4ea2540a8b17a3.txt', 'utf8');
const heading = '移民管理合作分論壇主席聲明';
const report = readFileSync('prisma/seed/raw/003_e408bdf1dee6f360.txt', 'utf8');
const reportHeading = 'Kicks off in Suzhou';
// Letters only: digits in a title would change the numbers the batch is grouped by.
const letterTag = () => uniqueTag().replace(/\d/g, (digit) => 'ghijklmnop'.charAt(Number(digit)));

async function draftsOf(announcementId: string): Promise<{ slug: string; status: string }[]> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ slug: string; status: string }>(
      'SELECT slug, status::text AS status FROM translations WHERE announcement_id = $1',
      [announcementId],
    );
    return rows;
  });
}

async function titledWith(tag: string): Promise<number> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM translations WHERE title LIKE $1', [`%${tag}%`]);
    return Number(rows[0]?.count ?? 0);
  });
}

for (const locale of ['en', 'zh', 'ar'] as const) {
  test(`${locale}: an admin previews a raw Chinese report and creates its draft`, async ({ page }) => {
    test.slow();
    const shell = messagesOf(locale).EditorShell;
    const m = messagesOf(locale).EditorImport;
    const tag = uniqueTag();
    await signInToEditor(page, locale, e2eAdmin.email, e2eAdmin.password);
    await page.getByRole('navigation', { name: shell.navigation, exact: true }).getByRole('link', { name: shell.import }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.heading);

    await page.getByLabel(m.fieldFiles, { exact: true }).setInputFiles([
      { name: `statement-${tag}.txt`, mimeType: 'text/plain', buffer: Buffer.from(statement.replace(heading, `${heading}${tag}`)) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
    ]);
    await page.getByRole('button', { name: m.preview }).click();

    // Batch status: the empty file failed with its reason, the report has warnings to check.
    const batch = page.getByRole('table');
    await expect(batch.getByRole('row', { name: 'empty.txt' })).toContainText(m.failureEmpty);
    await expect(batch.getByRole('row', { name: `statement-${tag}.txt` }).locator('.import-status-warnings')).toBeVisible();

    // The junk lines struck through, each with its reason; warnings clearly shown.
    await expect(page.getByRole('deletion').filter({ hasText: '當前位置: 首頁 > 移民管理要聞正文' })).toBeVisible();
    await expect(page.locator('.import-removed').filter({ hasText: '當前位置' })).toContainText(m.reasonBreadcrumb);
    await expect(page.locator('.import-removed').filter({ hasText: '国产精品' })).toContainText(m.reasonSeoSpam);
    const warnings = page.getByRole('note', { name: m.warningsHeading });
    await expect(warnings).toContainText(m.warnTraditional);
    await expect(warnings).toContainText(m.warnQuestionMark);
    await expect(warnings).toContainText(m.warnKana);
    await expect(page.getByLabel(m.fieldLocale, { exact: true })).toHaveValue('zh');
    await expect(page.getByLabel(m.fieldTitle, { exact: true })).toHaveValue(`全球公共安全合作论坛（连云港）移民管理合作分论坛主席声明${tag}`);
    expect(await titledWith(tag)).toBe(0);

    await page.getByRole('button', { name: m.confirm }).click();
    await expect(page.getByText(m.outcomeCreated)).toBeVisible();
    await expect(page.getByRole('button', { name: m.confirm })).toHaveCount(0);
    await page.getByRole('link', { name: m.openAnnouncement }).click();
    const overview = new RegExp(`^/${locale}/editor/announcements/([^/]+)$`);
    await page.waitForURL((url) => overview.test(url.pathname));
    const id = overview.exec(new URL(page.url()).pathname)?.[1] ?? '';
    const drafts = await draftsOf(id);
    expect(drafts.map((draft) => draft.status)).toEqual(['DRAFT']);

    await page.goto(`/${locale}/editor`);
    await expect(page.getByRole('link', { name: new RegExp(`主席声明${tag}`) })).toBeVisible();
    expect((await page.goto(announcementPath('zh', drafts[0]?.slug ?? '')))?.status()).toBe(404);
  });
}

async function announcementsTitledWith(tag: string): Promise<number> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ count: string }>('SELECT count(DISTINCT announcement_id) FROM translations WHERE title LIKE $1', [`%${tag}%`]);
    return Number(rows[0]?.count ?? 0);
  });
}

for (const locale of ['en', 'zh', 'ar'] as const) {
  test(`${locale}: an admin splits a proposed announcement in two before creating the drafts`, async ({ page }) => {
    test.slow();
    const m = messagesOf(locale).EditorImport;
    const errors = messagesOf(locale).EditorErrors;
    const tag = letterTag();
    await signInToEditor(page, locale, e2eAdmin.email, e2eAdmin.password);
    await page.goto(`/${locale}/editor/import`);
    await page.getByLabel(m.fieldFiles, { exact: true }).setInputFiles([
      { name: `report-${tag}.txt`, mimeType: 'text/plain', buffer: Buffer.from(report.replace(reportHeading, `${reportHeading} ${tag}`)) },
      { name: `statement-${tag}.txt`, mimeType: 'text/plain', buffer: Buffer.from(statement.replace(heading, `${heading}${tag}`)) },
    ]);
    await page.getByRole('button', { name: m.preview }).click();

    // Proposed as one announcement, with the reason; the Chinese text can be split off.
    const announcements = page.getByRole('form', { name: m.reviewHeading }).getByRole('heading', { level: 3 });
    await expect(announcements).toHaveCount(1);
    await expect(page.getByText(m.groupedBy.split('{numbers}')[0] ?? '')).toContainText('2024');
    const chinese = page.getByRole('article', { name: `statement-${tag}.txt` });

    // Marked as English, the statement clashes with the report: refused on its language field.
    await chinese.getByLabel(m.fieldLocale, { exact: true }).selectOption('en');
    await expect(chinese.getByRole('note').filter({ hasText: m.localeChanged })).toBeVisible();
    await page.getByRole('button', { name: m.confirm }).click();
    await expect(chinese.getByText(errors.duplicateLocale)).toBeVisible();
    expect(await titledWith(tag)).toBe(0);

    await chinese.getByLabel(m.fieldLocale, { exact: true }).selectOption('zh');
    await expect(chinese.getByText(m.localeChanged)).toHaveCount(0);
    await chinese.getByLabel(m.groupChoice, { exact: true }).selectOption({ label: m.separateAnnouncement });
    await expect(announcements).toHaveCount(2);
    await page.getByRole('button', { name: m.confirm }).click();
    await expect(page.getByText(m.outcomeCreated)).toHaveCount(2);
    expect(await titledWith(tag)).toBe(2);
    expect(await announcementsTitledWith(tag)).toBe(2);
  });
}

test('en: a pasted text taken for English is cleaned again as Chinese once the editor chooses Chinese', async ({ page }) => {
  const m = messagesOf('en').EditorImport;
  await signInToEditor(page, 'en', e2eAdmin.email, e2eAdmin.password);
  await page.goto('/en/editor/import');
  const quote = '全球公共安全合作論壇移民管理合作分論壇在蘇州舉行';
  await page
    .getByLabel(m.fieldText, { exact: true })
    .fill(
      `Forum statement\nThe delegates adopted the following statement in Chinese on the second day of the meeting in Suzhou.\n${quote}\nThe statement was signed by the chair and published on the website of the administration.`,
    );
  await page.getByRole('button', { name: m.preview }).click();
  const locale = page.getByLabel(m.fieldLocale, { exact: true });
  await expect(locale).toHaveValue('en');
  await locale.selectOption('zh');
  await expect(page.getByRole('note').filter({ hasText: m.localeRecleanedConverted })).toBeVisible();
  await expect(page.getByLabel(m.fieldBody, { exact: true })).toHaveValue(/全球公共安全合作论坛移民管理合作分论坛在苏州举行/);
});
