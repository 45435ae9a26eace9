import { describe, expect, it, vi } from 'vitest';
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
import { restoreRevision } from './restore-revision';
import { saveTranslation } from './save-translation';
import { getTranslationEditor } from './translation-queries';
import { archiveTranslation, publishTranslation } from './translation-steps';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// Every way into a state follows one rule: "save and publish" may go live only where the
// publish button may; staleness follows the latest saved text, whichever action saved it.

const admin = setUpEditorAdmin();

describe('save and publish', () => {
  it('refuses an archived translation, as the publish button does, and writes nothing', async () => {
    const { id } = await createWorkflowAnnouncement(admin());
    expectOk(await archiveTranslation(admin(), await stepInput(id, 'fr')));
    const archived = await readTranslation(id, 'fr');

    const result = await saveTranslation(admin(), {
      announcementId: id,
      locale: 'fr',
      ...sampleText('Revived'),
      publish: true,
      baseVersion: await versionOf(id, 'fr'),
    });

    expect(result).toMatchObject({ ok: false, error: 'wrongStatus' });
    expect(await readTranslation(id, 'fr')).toEqual(archived);
    expect(await publishTranslation(admin(), await stepInput(id, 'fr'))).toMatchObject({ ok: false, error: 'wrongStatus' });
  });
});

describe('staleness', () => {
  it('follows the latest saved text: an update waiting to be published is not outdated, a restored old text is', async () => {
    const { id } = await createWorkflowAnnouncement(admin());
    expectOk(await publishTranslation(admin(), await stepInput(id, 'fr')));
    const live = await readTranslation(id, 'fr');
    expectOk(await saveTranslation(admin(), { announcementId: id, locale: 'en', ...sampleText('Source edit'), baseVersion: await versionOf(id, 'en') }));
    const cell = async () => (await getTranslationEditor(admin(), id, 'fr'))?.translation;
    expect(await cell()).toMatchObject({ state: 'outdated' });

    const newestSource = (await getTranslationEditor(admin(), id, 'fr', 'latest'))?.source?.pinned.id;
    expectOk(await saveTranslation(admin(), { announcementId: id, locale: 'fr', ...sampleText('Updated'), sourceRevisionId: newestSource, baseVersion: live.version }));
    expect(await cell()).toMatchObject({ state: 'published', unpublishedChanges: true });
    expect((await readTranslation(id, 'fr')).title).toBe(live.title);

    expectOk(await restoreRevision(admin(), { ...(await stepInput(id, 'fr')), revisionNumber: 1 }));
    expect(await cell()).toMatchObject({ state: 'outdated' });
  });
});

describe('restoring a revision', () => {
  it('refuses someone who may not edit the text before saying whether the revision exists', async () => {
    const { id } = await createWorkflowAnnouncement(admin());
    const otherTranslator = await createEditorUser('TRANSLATOR', ['de']);
    const missing = { ...(await stepInput(id, 'fr')), revisionNumber: 99 };

    expect(await restoreRevision(null, missing)).toMatchObject({ ok: false, error: 'signedOut' });
    expect(await restoreRevision(otherTranslator, missing)).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await restoreRevision(otherTranslator, { ...missing, revisionNumber: 1 })).toMatchObject({ ok: false, error: 'forbidden' });
    expect(await restoreRevision(admin(), missing)).toMatchObject({ ok: false, error: 'notFound' });
  });
});
