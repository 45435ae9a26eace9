import { describe, expect, it, vi } from 'vitest';
import { getPrisma } from '../db/client';
import {
  createEditorUser,
  createWorkflowAnnouncement,
  expectOk,
  readTranslation,
  sampleText,
  setUpEditorAdmin,
  versionOf,
} from '../testing/editor-workflow-fixtures';
import { getRevisionHistory } from './history-queries';
import { saveTranslation } from './save-translation';
import { getTranslationEditor } from './translation-queries';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// Saving as an editor lives it: saves become numbered revisions, stale forms and taken slugs are
// refused without losing anything, and source changes make translations outdated.

const admin = setUpEditorAdmin();

describe('saving', () => {
  it('numbers revisions 1, 2, 3 and records who saved each', async () => {
    const editor = await createEditorUser('EDITOR');
    const { id } = await createWorkflowAnnouncement(admin(), []);
    for (const label of ['Second', 'Third']) {
      expectOk(await saveTranslation(editor, { announcementId: id, locale: 'en', ...sampleText(label), baseVersion: await versionOf(id, 'en') }));
    }
    const history = await getRevisionHistory(admin(), id, 'en');
    expect(history?.entries.map((entry) => [entry.number, entry.savedBy])).toEqual([
      [3, editor.name],
      [2, editor.name],
      [1, admin().name],
    ]);
  });

  it('refuses a save based on a stale version, returns the other text and writes nothing', async () => {
    const { id } = await createWorkflowAnnouncement(admin());
    const seen = await versionOf(id, 'fr');
    const first = sampleText('First');
    expectOk(await saveTranslation(admin(), { announcementId: id, locale: 'fr', ...first, baseVersion: seen }));
    const before = await readTranslation(id, 'fr');

    const late = await saveTranslation(admin(), { announcementId: id, locale: 'fr', ...sampleText('Late'), baseVersion: seen });

    expect(late).toMatchObject({ ok: false, error: 'conflict', conflict: { title: first.title, body: first.body, version: before.version } });
    expect(await readTranslation(id, 'fr')).toEqual(before);
  });

  it('refuses a slug another translation in the language uses, and writes nothing', async () => {
    const taken = await createWorkflowAnnouncement(admin());
    const { id } = await createWorkflowAnnouncement(admin());
    const takenSlug = (await readTranslation(taken.id, 'fr')).slug;
    const before = await readTranslation(id, 'fr');

    const result = await saveTranslation(admin(), {
      announcementId: id,
      locale: 'fr',
      ...sampleText('Clash'),
      slug: takenSlug,
      baseVersion: before.version,
    });

    expect(result).toMatchObject({ ok: false, error: 'slugTaken', fieldErrors: { slug: ['slugTaken'] } });
    expect(await readTranslation(id, 'fr')).toEqual(before);
  });
});

describe('outdated translations', () => {
  it('follow non-minor source revisions, ignore minor ones, and are current again once saved against the latest', async () => {
    const { id } = await createWorkflowAnnouncement(admin(), ['fr', 'de']);
    const saveSource = async (minor: boolean) =>
      expectOk(await saveTranslation(admin(), { announcementId: id, locale: 'en', ...sampleText('Source edit'), minor, baseVersion: await versionOf(id, 'en') }));
    const states = async () => [(await getTranslationEditor(admin(), id, 'fr'))?.translation?.state, (await getTranslationEditor(admin(), id, 'de'))?.translation?.state];

    expect(await states()).toEqual(['draft', 'draft']);
    await saveSource(true);
    expect(await states()).toEqual(['draft', 'draft']);
    await saveSource(false);
    expect(await states()).toEqual(['outdated', 'outdated']);

    const latestSource = await getPrisma().revision.findFirstOrThrow({
      where: { translation: { announcementId: id, locale: 'en' } },
      orderBy: { number: 'desc' },
      select: { id: true },
    });
    expectOk(
      await saveTranslation(admin(), {
        announcementId: id,
        locale: 'fr',
        ...sampleText('Updated'),
        sourceRevisionId: latestSource.id,
        baseVersion: await versionOf(id, 'fr'),
      }),
    );
    expect(await states()).toEqual(['draft', 'outdated']);
  });
});
