import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tagsForAnnouncementChange } from '../announcements/cache-tags';
import { getPrisma } from '../db/client';
import { nextCacheRecord } from '../testing/next-cache-double';
import {
  createWorkflowAnnouncement,
  expectOk,
  readTranslation,
  sampleText,
  setUpEditorAdmin,
  stepInput,
  versionOf,
} from '../testing/editor-workflow-fixtures';
import { publishDueTranslations } from './publish-due';
import { saveTranslation } from './save-translation';
import { getTranslationEditor } from './translation-queries';
import {
  archiveTranslation,
  publishTranslation,
  reopenTranslation,
  scheduleTranslation,
  unpublishTranslation,
} from './translation-steps';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// Publishing as an editor lives it: the latest text goes live (a published text keeps its public
// text until changes are published), scheduled texts go live once, and the other steps move only
// between the states they allow.

const admin = setUpEditorAdmin();

beforeEach(() => {
  nextCacheRecord.revalidated.length = 0;
});

const hourFromNow = () => new Date(Date.now() + 60 * 60_000).toISOString();

describe('publishing', () => {
  it('keeps the public text of a published translation until the changes are published', async () => {
    const { id } = await createWorkflowAnnouncement(admin());
    expectOk(await publishTranslation(admin(), await stepInput(id, 'fr')));
    const published = await readTranslation(id, 'fr');
    const change = sampleText('Change');

    const saved = expectOk(await saveTranslation(admin(), { announcementId: id, locale: 'fr', ...change, baseVersion: published.version }));

    expect(saved).toMatchObject({ status: 'PUBLISHED', live: false, revisionNumber: 2 });
    const afterSave = await readTranslation(id, 'fr');
    expect(afterSave).toMatchObject({ title: published.title, status: 'PUBLISHED', liveRevision: { number: 1 } });
    expect((await getTranslationEditor(admin(), id, 'fr'))?.translation?.unpublishedChanges).toBe(true);

    nextCacheRecord.revalidated.length = 0;
    expectOk(await publishTranslation(admin(), await stepInput(id, 'fr')));

    expect(await readTranslation(id, 'fr')).toMatchObject({ title: change.title, liveRevision: { number: 2 } });
    expect(nextCacheRecord.revalidated.map((entry) => entry.tag)).toEqual(tagsForAnnouncementChange(id, ['fr']));
  });

  it('refuses a schedule in the past and schedules one in the future', async () => {
    const { id } = await createWorkflowAnnouncement(admin());
    const past = new Date(Date.now() - 60_000).toISOString();

    expect(await scheduleTranslation(admin(), { ...(await stepInput(id, 'fr')), publishAt: past })).toMatchObject({ ok: false, error: 'notInFuture' });
    expect((await readTranslation(id, 'fr')).status).toBe('DRAFT');

    expectOk(await scheduleTranslation(admin(), { ...(await stepInput(id, 'fr')), publishAt: hourFromNow() }));
    expect(await readTranslation(id, 'fr')).toMatchObject({ status: 'SCHEDULED', liveRevision: { number: 1 } });
    expect(nextCacheRecord.revalidated).toEqual([]);
  });

  it('publishes a due translation exactly once when two clocks tick at the same moment', async () => {
    const { id } = await createWorkflowAnnouncement(admin());
    expectOk(await scheduleTranslation(admin(), { ...(await stepInput(id, 'fr')), publishAt: hourFromNow() }));
    const { id: translationId } = await readTranslation(id, 'fr');
    // The hour passes.
    await getPrisma().translation.update({ where: { id: translationId }, data: { publishedAt: new Date(Date.now() - 1000) } });

    const runs = await Promise.all([publishDueTranslations(), publishDueTranslations()]);

    expect(runs.flat().filter((published) => published.translationId === translationId)).toHaveLength(1);
    expect((await readTranslation(id, 'fr')).status).toBe('PUBLISHED');
    const audits = await getPrisma().auditEvent.count({ where: { targetId: translationId, action: 'translation.publishScheduled' } });
    expect(audits).toBe(1);
    expect(nextCacheRecord.revalidated.map((entry) => entry.tag)).toContain(`announcement:${id}`);
  });
});

describe('unpublish, archive and reopen', () => {
  it('moves between the states it allows and refuses the others without claiming the version', async () => {
    const { id } = await createWorkflowAnnouncement(admin());
    const expectStatus = async (status: string) => expect((await readTranslation(id, 'fr')).status).toBe(status);
    const refused = async (result: Promise<unknown>) => {
      const version = await versionOf(id, 'fr');
      expect(await result).toMatchObject({ ok: false, error: 'wrongStatus' });
      expect(await versionOf(id, 'fr')).toBe(version);
    };

    await refused(unpublishTranslation(admin(), await stepInput(id, 'fr')));
    await refused(reopenTranslation(admin(), await stepInput(id, 'fr')));
    expectOk(await publishTranslation(admin(), await stepInput(id, 'fr')));
    expectOk(await unpublishTranslation(admin(), await stepInput(id, 'fr')));
    await expectStatus('DRAFT');
    expect(nextCacheRecord.revalidated.map((entry) => entry.tag)).toContain(`announcement:${id}`);
    expectOk(await archiveTranslation(admin(), await stepInput(id, 'fr')));
    await expectStatus('ARCHIVED');
    await refused(archiveTranslation(admin(), await stepInput(id, 'fr')));
    await refused(publishTranslation(admin(), await stepInput(id, 'fr')));
    expectOk(await reopenTranslation(admin(), await stepInput(id, 'fr')));
    await expectStatus('DRAFT');
  });
});
