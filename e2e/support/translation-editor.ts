import type { Browser, Page } from '@playwright/test';
import { translationEditorPath } from '../../lib/auth/editor-paths';
import type { Locale } from '../../lib/i18n/locales';
import { withDatabase } from './db-rows';
import { e2eAdmin, signInToEditor } from './editor-sign-in';
import { messagesOf } from './messages';

// The side-by-side translation editor as the specs drive it: signed in as the seeded admin, on
// a demo announcement found by the slug of one of its translations.

async function announcementIdOf(slug: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ announcement_id: string }>('SELECT announcement_id FROM translations WHERE slug = $1', [slug]);
    const id = rows[0]?.announcement_id;
    if (!id) throw new Error(`No translation with the slug ${slug}`);
    return id;
  });
}

/** The title the translation's latest revision holds: other specs may have edited the demo text. */
export async function latestTitle(locale: Locale, slug: string): Promise<string> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ title: string }>(
      `SELECT r.title FROM revisions r JOIN translations t ON t.id = r.translation_id
       WHERE t.locale = $1 AND t.slug = $2 ORDER BY r.number DESC LIMIT 1`,
      [locale, slug],
    );
    return rows[0]?.title ?? '';
  });
}

export async function openEditor(page: Page, ui: Locale, announcementSlug: string, contentLocale: Locale): Promise<void> {
  const id = await announcementIdOf(announcementSlug);
  await signInToEditor(page, ui, e2eAdmin.email, e2eAdmin.password);
  await page.goto(translationEditorPath(ui, id, contentLocale));
}

/** A message as a pattern, with each named placeholder standing for any number. */
export function withAnyNumber(message: string, ...names: string[]): RegExp {
  const escaped = message.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(names.reduce((pattern, name) => pattern.replace(`{${name}}`, '\\d+'), escaped));
}

/** The editor's fields, buttons and answers, found by their names in the interface language. */
export function editor(page: Page, ui: Locale) {
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

/** A second person at the same editor: a browser context of their own. */
export async function signedInEditor(browser: Browser, ui: Locale, slug: string, contentLocale: Locale) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openEditor(page, ui, slug, contentLocale);
  return { page, context, e: editor(page, ui) };
}
