import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { createEditorUser, expectOk } from '../testing/editor-workflow-fixtures';
import { testDatabaseUrl } from '../testing/test-database';
import { confirmImport } from './import-confirm';
import { previewImport } from './import-preview';
import { recleanImportText } from './import-reclean';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

const seedFile = (name: string, as: string) => new File([readFileSync(`prisma/seed/raw/${name}`)], as, { type: 'text/plain' });

let editor: EditorUser;
let translator: EditorUser;

beforeAll(async () => {
  vi.stubEnv('DATABASE_URL', testDatabaseUrl());
  editor = await createEditorUser('EDITOR');
  translator = await createEditorUser('TRANSLATOR', ['zh']);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await getPrisma().$disconnect();
});

/** The preview of the English and Chinese 2024 reports, confirmed as suggested. */
async function previewReports() {
  const files = [seedFile('003_e408bdf1dee6f360.txt', 'report-en.txt'), seedFile('004_8c4ea2540a8b17a3.txt', 'statement-zh.txt')];
  const { token, preview } = expectOk(await previewImport(editor, { files, text: '' }));
  const byKey = new Map(preview.documents.map((document) => [document.key, document]));
  const groups = preview.groups.map((group) => ({
    members: group.keys.map((key) => {
      const document = byKey.get(key);
      if (!document) throw new Error(`document ${key} missing`);
      return { key, name: document.name, locale: document.locale ?? '', title: document.title, summary: document.summary, body: document.body, slug: document.slug };
    }),
  }));
  return { token, preview, groups };
}

const counts = async () => {
  const prisma = getPrisma();
  const [announcements, translations, revisions, audits] = await Promise.all([
    prisma.announcement.count(),
    prisma.translation.count(),
    prisma.revision.count(),
    prisma.auditEvent.count(),
  ]);
  return { announcements, translations, revisions, audits };
};

describe('import confirmation', () => {
  it('previews without writing, then creates the drafts once, however often it is confirmed', async () => {
    const before = await counts();
    const { token, groups } = await previewReports();
    expect(await counts()).toEqual(before);
    expect(groups).toHaveLength(1);

    const first = expectOk(await confirmImport(editor, { token, groups }));
    const [outcome] = first.outcomes;
    if (outcome?.status !== 'created') throw new Error(`not created: ${JSON.stringify(outcome)}`);
    const again = expectOk(await confirmImport(editor, { token, groups }));
    expect(again.outcomes).toEqual([{ status: 'existing', announcementId: outcome.announcementId }]);

    const after = await counts();
    expect(after).toEqual({ announcements: before.announcements + 1, translations: before.translations + 2, revisions: before.revisions + 2, audits: before.audits + 3 });
    const translations = await getPrisma().translation.findMany({
      where: { announcementId: outcome.announcementId },
      select: { locale: true, status: true, title: true, searchText: true },
      orderBy: { locale: 'asc' },
    });
    expect(translations.map((t) => [t.locale, t.status, t.searchText !== null])).toEqual([
      ['en', 'DRAFT', true],
      ['zh', 'DRAFT', true],
    ]);
    expect(translations[1]?.title).toBe('全球公共安全合作论坛（连云港）移民管理合作分论坛主席声明');
  });

  it('creates one announcement when the same confirmation arrives twice at once', async () => {
    const { token, groups } = await previewReports();
    const before = await counts();
    const results = await Promise.all([confirmImport(editor, { token, groups }), confirmImport(editor, { token, groups })]);
    const statuses = results.map((result) => expectOk(result).outcomes[0]?.status).sort();
    expect(statuses).toEqual(['created', 'existing']);
    expect((await counts()).announcements).toBe(before.announcements + 1);
  });

  it('answers a taken address with a clear error on that field, writing nothing', async () => {
    const { token, groups } = await previewReports();
    const taken = await getPrisma().translation.findFirstOrThrow({ where: { locale: 'en' }, select: { slug: true } });
    const member = groups[0]?.members[0];
    if (!member) throw new Error('no member');
    member.slug = taken.slug;
    const before = await counts();
    const result = expectOk(await confirmImport(editor, { token, groups }));
    expect(result.outcomes).toEqual([{ status: 'failed', error: 'slugTaken', fieldErrors: { 'groups.0.members.0.slug': ['slugTaken'] } }]);
    expect(await counts()).toEqual(before);
  });

  it('creates a split announcement as two, and does not import a text twice when regrouped afterwards', async () => {
    const { token, groups } = await previewReports();
    const [en, zh] = groups[0]?.members ?? [];
    if (!en || !zh) throw new Error('expected the English and Chinese reports in one group');
    const before = await counts();
    const split = expectOk(await confirmImport(editor, { token, groups: [{ members: [en] }, { members: [zh] }] }));
    expect(split.outcomes.map((outcome) => outcome.status)).toEqual(['created', 'created']);
    expect((await counts()).announcements).toBe(before.announcements + 2);

    const regrouped = expectOk(await confirmImport(editor, { token, groups: [{ members: [en, zh] }] }));
    expect(regrouped.outcomes).toEqual([{ status: 'failed', error: 'importRegrouped' }]);
    expect((await counts()).announcements).toBe(before.announcements + 2);
  });

  it('refuses two texts of one language moved into one announcement, naming the text', async () => {
    const { token, groups } = await previewReports();
    const [en, zh] = groups[0]?.members ?? [];
    if (!en || !zh) throw new Error('expected the English and Chinese reports in one group');
    const before = await counts();
    const result = await confirmImport(editor, { token, groups: [{ members: [en, zh, { ...zh, key: '9' }] }] });
    expect(result).toEqual({ ok: false, error: 'invalid', fieldErrors: { 'groups.0.members.2.locale': ['duplicateLocale'] } });
    expect(await counts()).toEqual(before);
  });

  it('is refused to translators and to anyone signed out', async () => {
    const { token, groups } = await previewReports();
    const before = await counts();
    expect(await confirmImport(translator, { token, groups })).toEqual({ ok: false, error: 'forbidden' });
    expect(await confirmImport(null, { token, groups })).toEqual({ ok: false, error: 'signedOut' });
    expect(await previewImport(translator, { files: [seedFile('003_e408bdf1dee6f360.txt', 'a.txt')] })).toEqual({ ok: false, error: 'forbidden' });
    expect(await counts()).toEqual(before);
  });

  it('cleans a text again for the language the editor chose, for editors only', async () => {
    const text = { title: '移民管理合作分論壇主席聲明', summary: '', body: '來自57個國家的代表出席了分論壇,會議在蘇州舉行。' };
    const result = expectOk(await recleanImportText(editor, { locale: 'zh', ...text }));
    expect(result.recleaned).toMatchObject({ rerun: true, convertedFromTraditional: true, title: '移民管理合作分论坛主席声明' });
    expect(result.recleaned.body).toBe('来自57个国家的代表出席了分论坛，会议在苏州举行。');
    expect(expectOk(await recleanImportText(editor, { locale: 'en', ...text })).recleaned).toMatchObject({ rerun: false, ...text });
    expect(await recleanImportText(translator, { locale: 'zh', ...text })).toEqual({ ok: false, error: 'forbidden' });
    expect(await recleanImportText(editor, { locale: 'xx', ...text })).toEqual({ ok: false, error: 'invalid', fieldErrors: { locale: ['required'] } });
  });
});
