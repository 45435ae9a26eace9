import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, vi } from 'vitest';
import type { EditorRole, EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { createAnnouncement } from '../editor/announcement-writes';
import type { ActionResult } from '../editor/errors';
import { saveTranslation } from '../editor/save-translation';
import { isLocale, type Locale } from '../i18n/locales';
import { testDatabaseUrl } from './test-database';

// Users and announcements for the editor's integration tests (DATABASE_URL names the test database), made through the editor's own
// functions (as an admin would), so the rows are exactly what the editor writes. The database is
// shared with other test files: emails and slugs carry a random tag.

let counter = 0;
const uniqueTag = () => `${randomBytes(4).toString('hex')}${(counter += 1)}`;

/** A plain user row, turned into the EditorUser the editor's functions take. */
export async function createEditorUser(role: EditorRole, locales: Locale[] = []): Promise<EditorUser> {
  const tag = uniqueTag();
  const row = await getPrisma().user.create({
    data: { email: `${role.toLowerCase()}-${tag}@editor.test`, name: `${role} ${tag}`, role, locales },
    select: { id: true, email: true, name: true, role: true, locales: true },
  });
  return { ...row, locales: row.locales.filter(isLocale) };
}

/**
 * Registers the hooks of an editor integration test file: the app's client pointed at the test
 * database, and an admin who arranges the announcements. Returns the admin's getter (the admin
 * exists once beforeAll has run). The file must still mock 'server-only' itself (vi.mock is hoisted).
 */
export function setUpEditorAdmin(): () => EditorUser {
  let admin: EditorUser | undefined;
  beforeAll(async () => {
    vi.stubEnv('DATABASE_URL', testDatabaseUrl());
    admin = await createEditorUser('ADMIN');
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await getPrisma().$disconnect();
  });
  return () => {
    if (!admin) throw new Error('the editor admin is not set up yet');
    return admin;
  };
}

/** The value of a successful result; a failed one ends the test with its error code. */
export function expectOk<T extends object>(result: ActionResult<T>): { ok: true } & T {
  if (!result.ok) throw new Error(`Expected success, got ${result.error} ${JSON.stringify(result.fieldErrors ?? {})}`);
  return result;
}

export type TextInput = { title: string; summary?: string; body?: string; slug?: string };

export function sampleText(label: string): Required<TextInput> {
  const tag = uniqueTag();
  return {
    title: `${label} ${tag}`,
    summary: `Summary of ${label} ${tag}`,
    body: `Body of ${label} ${tag}.\n\nSecond paragraph.`,
    slug: `${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${tag}`,
  };
}

export type WorkflowAnnouncement = { id: string; sourceLocale: Locale; translationLocales: Locale[] };

/**
 * An announcement with an English source text (revision 1) and a draft translation (revision 1,
 * made from the source's revision 1) in each of `translationLocales`.
 */
export async function createWorkflowAnnouncement(
  admin: EditorUser,
  translationLocales: Locale[] = ['fr'],
): Promise<WorkflowAnnouncement> {
  const created = expectOk(await createAnnouncement(admin, { sourceLocale: 'en', ...sampleText('Source') }));
  for (const locale of translationLocales) {
    expectOk(await saveTranslation(admin, { announcementId: created.announcementId, locale, ...sampleText(`Text ${locale}`), baseVersion: 0 }));
  }
  return { id: created.announcementId, sourceLocale: 'en', translationLocales };
}

/** The translation row as the tests check it. */
export async function readTranslation(announcementId: string, locale: Locale) {
  const translation = await getPrisma().translation.findUniqueOrThrow({
    where: { announcementId_locale: { announcementId, locale } },
    select: {
      id: true,
      title: true,
      slug: true,
      status: true,
      version: true,
      publishedAt: true,
      liveRevision: { select: { number: true } },
      _count: { select: { revisions: true } },
    },
  });
  return { ...translation, revisionCount: translation._count.revisions };
}

/** The translation's current version: what a form loaded now would carry. */
export async function versionOf(announcementId: string, locale: Locale): Promise<number> {
  return (await readTranslation(announcementId, locale)).version;
}

/** What a workflow button (submit, publish, …) sends: the translation and the version shown. */
export async function stepInput(announcementId: string, locale: Locale) {
  return { announcementId, locale, version: await versionOf(announcementId, locale) };
}
