import { describe, expect, it, vi } from 'vitest';
import { getPrisma } from '../db/client';
import {
  createEditorUser,
  createWorkflowAnnouncement,
  expectOk,
  readTranslation,
  sampleText,
  setUpEditorAdmin,
  stepInput,
  versionOf,
} from '../testing/editor-workflow-fixtures';
import { compareRevisions, getRevisionHistory } from './history-queries';
import { restoreRevision } from './restore-revision';
import { saveTranslation } from './save-translation';
import { publishTranslation } from './translation-steps';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// What the revision history page shows and does: every revision with its marks, the differences
// between any two, and restoring an old text as a new revision.

const admin = setUpEditorAdmin();

describe('restoring', () => {
  it('saves the old text again as a new revision', async () => {
    const { id } = await createWorkflowAnnouncement(admin());
    const original = await readTranslation(id, 'fr');
    expectOk(await saveTranslation(admin(), { announcementId: id, locale: 'fr', ...sampleText('Edit'), baseVersion: original.version }));

    const restored = expectOk(await restoreRevision(admin(), { ...(await stepInput(id, 'fr')), revisionNumber: 1 }));

    expect(restored.revisionNumber).toBe(3);
    const revisions = await getPrisma().revision.findMany({
      where: { translation: { announcementId: id, locale: 'fr' } },
      orderBy: { number: 'asc' },
      select: { number: true, title: true, slug: true },
    });
    expect(revisions.map((revision) => revision.number)).toEqual([1, 2, 3]);
    expect(revisions[2]).toEqual({ number: 3, title: original.title, slug: original.slug });
    expect((await readTranslation(id, 'fr')).title).toBe(original.title);
  });
});

describe('revision history', () => {
  it('marks the live revision, minor saves and the source revision each text follows', async () => {
    const { id } = await createWorkflowAnnouncement(admin());
    const minorFix = sampleText('Typo fixed');
    expectOk(await saveTranslation(admin(), { announcementId: id, locale: 'en', ...minorFix, minor: true, baseVersion: await versionOf(id, 'en') }));
    expectOk(await publishTranslation(admin(), await stepInput(id, 'fr')));
    const sourceRevision2 = await getPrisma().revision.findFirstOrThrow({
      where: { translation: { announcementId: id, locale: 'en' }, number: 2 },
      select: { id: true },
    });
    expectOk(
      await saveTranslation(admin(), {
        announcementId: id,
        locale: 'fr',
        ...sampleText('Follows 2'),
        sourceRevisionId: sourceRevision2.id,
        baseVersion: await versionOf(id, 'fr'),
      }),
    );

    const pick = (entries: { number: number; live: boolean; minor: boolean; sourceRevisionNumber: number | null }[] = []) =>
      entries.map(({ number, live, minor, sourceRevisionNumber }) => ({ number, live, minor, sourceRevisionNumber }));
    expect(pick((await getRevisionHistory(admin(), id, 'fr'))?.entries)).toEqual([
      { number: 2, live: false, minor: false, sourceRevisionNumber: 2 },
      { number: 1, live: true, minor: false, sourceRevisionNumber: 1 },
    ]);
    expect(pick((await getRevisionHistory(admin(), id, 'en'))?.entries)).toEqual([
      { number: 2, live: false, minor: true, sourceRevisionNumber: null },
      { number: 1, live: false, minor: false, sourceRevisionNumber: null },
    ]);
  });

  it('lets only those who may edit the text restore, and compares any two revisions', async () => {
    const { id } = await createWorkflowAnnouncement(admin());
    const edit = sampleText('Edit');
    expectOk(await saveTranslation(admin(), { announcementId: id, locale: 'fr', ...edit, baseVersion: await versionOf(id, 'fr') }));
    const frenchTranslator = await createEditorUser('TRANSLATOR', ['fr']);
    const germanTranslator = await createEditorUser('TRANSLATOR', ['de']);

    expect((await getRevisionHistory(frenchTranslator, id, 'fr'))?.canRestore).toBe(true);
    expect((await getRevisionHistory(frenchTranslator, id, 'en'))?.canRestore).toBe(false);
    expect((await getRevisionHistory(germanTranslator, id, 'fr'))?.canRestore).toBe(false);

    const forward = await compareRevisions(germanTranslator, id, 'fr', 1, 2);
    const title = forward?.find((field) => field.field === 'title');
    expect(title?.changed).toBe(true);
    expect(title?.parts.filter((part) => part.change === 'added').map((part) => part.value).join('')).toContain('Edit');
    const backward = await compareRevisions(admin(), id, 'fr', 2, 1);
    expect(backward?.find((field) => field.field === 'title')?.parts.filter((part) => part.change === 'removed').length).toBeGreaterThan(0);
    expect(await compareRevisions(admin(), id, 'fr', 1, 9)).toBeNull();
  });
});
