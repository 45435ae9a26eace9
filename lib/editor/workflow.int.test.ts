import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tagsForAnnouncementChange } from '../announcements/cache-tags';
import { getPrisma } from '../db/client';
import { nextCacheRecord } from '../testing/next-cache-double';
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
import { getRevisionHistory } from './history-queries';
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

// The translation workflow as an editor lives it: saves become numbered revisions, stale forms are
// refused without losing anything, publishing puts the latest text live, scheduled texts go live
// once, and source changes make translations outdated.

const admin = setUpEditorAdmin();

beforeEach(() => {
  nextCacheRecord.revalidated.length = 0;
});

const hourFromNow = () => new Date(Date.now() + 60 * 60_000).toISOString();

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
