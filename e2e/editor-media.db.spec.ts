import { rm } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { languageName } from '../lib/i18n/language-names';
import type { Locale } from '../lib/i18n/locales';
import { announcementPath } from '../lib/i18n/paths';
import { mediaFilePath } from '../lib/media/storage';
import { MAX_UPLOAD_BYTES } from '../lib/media/upload-rules';
import { insertAnnouncement, uniqueTag, withDatabase } from './support/db-rows';
import { e2eAdmin, signInToEditor } from './support/editor-sign-in';
import { messagesOf } from './support/messages';

// An editor gives a published announcement a cover image with an alt text per language; readers see
// it in English, Chinese and Arabic with their language's alt text. A file that is not an image (or
// is too big) is refused in words, and the alt texts typed so far stay. Removed, the cover is gone.

const keysToRemove: string[] = [];

test.afterAll(async () => {
  await Promise.all(keysToRemove.map((key) => rm(mediaFilePath(key), { force: true })));
});

async function coverKeyOf(announcementId: string): Promise<string> {
  const { rows } = await withDatabase((client) =>
    client.query<{ storage_key: string }>('SELECT m.storage_key FROM media m JOIN announcements a ON a.cover_media_id = m.id WHERE a.id = $1', [announcementId]),
  );
  return rows[0]?.storage_key ?? '';
}

const altOf = (page: Page, uiLocale: Locale, region: string, locale: Locale) =>
  page.getByRole('region', { name: region }).getByRole('group', { name: languageName(locale, uiLocale) }).getByLabel(messagesOf(uiLocale).EditorMedia.fieldAlt, { exact: true });

for (const uiLocale of ['en', 'zh', 'ar'] as const) {
  test(`${uiLocale}: an admin uploads a cover with alt texts, readers see it in en, zh and ar`, async ({ page }) => {
    test.slow();
    const m = messagesOf(uiLocale).EditorMedia;
    const errors = messagesOf(uiLocale).EditorErrors;
    const tag = uniqueTag();
    const slugs = { en: `cover-${tag}`, zh: `fengmian-${tag}`, ar: `ghilaf-${tag}` };
    const alts = { en: `Delegates in the hall ${tag}`, zh: `会场中的代表 ${tag}`, ar: `المندوبون في القاعة ${tag}` };
    const id = await withDatabase((client) =>
      insertAnnouncement(client, {
        sourceLocale: 'en',
        translations: [
          { locale: 'en', slug: slugs.en, title: `Cover ${tag}` },
          { locale: 'zh', slug: slugs.zh, title: `封面 ${tag}` },
          { locale: 'ar', slug: slugs.ar, title: `غلاف ${tag}` },
        ],
      }),
    );
    await signInToEditor(page, uiLocale, e2eAdmin.email, e2eAdmin.password);
    await page.goto(`/${uiLocale}/editor/announcements/${id}`);
    await page.getByRole('link', { name: m.overviewLink }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(m.heading);
    await expect(page.getByText(m.noCover)).toBeVisible();

    for (const locale of ['en', 'zh', 'ar'] as const) await altOf(page, uiLocale, m.uploadHeading, locale).fill(alts[locale]);
    await expect(altOf(page, uiLocale, m.uploadHeading, 'ar')).toHaveAttribute('dir', 'rtl');
    await expect(altOf(page, uiLocale, m.uploadHeading, 'zh')).toHaveAttribute('lang', 'zh');
    const file = page.getByLabel(m.fieldFile, { exact: true });
    const upload = page.getByRole('button', { name: m.upload });

    // Text named like an image: refused by its bytes, the alt texts stay.
    await file.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from('This is not an image.') });
    await upload.click();
    await expect(page.getByRole('alert').filter({ hasText: errors.fileType })).toBeVisible();
    await expect(file).toHaveAttribute('aria-invalid', 'true');
    for (const locale of ['en', 'zh', 'ar'] as const) await expect(altOf(page, uiLocale, m.uploadHeading, locale)).toHaveValue(alts[locale]);

    // Over the size limit: refused before sending.
    await file.setInputFiles({ name: 'huge.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(MAX_UPLOAD_BYTES + 1) });
    await upload.click();
    await expect(page.getByRole('alert').filter({ hasText: errors.fileTooLarge })).toBeVisible();

    const png = await sharp({ create: { width: 2400, height: 1200, channels: 3, background: { r: 30, g: 90, b: 160 } } }).png().toBuffer();
    await file.setInputFiles({ name: 'delegates.png', mimeType: 'image/png', buffer: png });
    await upload.click();
    await expect(page.getByRole('status').filter({ hasText: m.uploaded })).toBeVisible();
    await expect(page.getByRole('region', { name: m.currentHeading }).getByRole('img', { name: alts.en })).toBeVisible();
    keysToRemove.push(await coverKeyOf(id));
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

    // Afterwards, one language's description changes on its own.
    const zhAlt = `${alts.zh}（新）`;
    await altOf(page, uiLocale, m.textsHeading, 'zh').fill(zhAlt);
    await page.getByRole('button', { name: m.saveText.replace('{language}', languageName('zh', uiLocale)) }).click();
    await expect(page.getByRole('status').filter({ hasText: m.textSaved })).toBeVisible();

    for (const [locale, alt] of [['en', alts.en], ['zh', zhAlt], ['ar', alts.ar]] as const) {
      await page.goto(announcementPath(locale, slugs[locale]));
      const image = page.locator('main figure').getByRole('img', { name: alt, exact: true });
      await expect(image).toBeVisible();
      await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(1600);
    }

    // Removed, the cover disappears from the public pages.
    await page.goto(`/${uiLocale}/editor/announcements/${id}/media`);
    await page.getByRole('button', { name: m.removeButton }).click();
    await expect(page.getByText(m.noCover)).toBeVisible();
    await page.goto(announcementPath('ar', slugs.ar));
    await expect(page.locator('main figure')).toHaveCount(0);
  });
}
