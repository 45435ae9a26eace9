import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cacheTags } from '../announcements/cache-tags';
import { findAnnouncementIdBySlug } from '../announcements/slug-queries';
import { deleteAnnouncement } from '../editor/announcement-writes';
import { publishTranslation } from '../editor/translation-steps';
import { mediaFilePath } from '../media/storage';
import { setUpEditorTeam } from '../testing/announcement-editor-fixtures';
import { createWorkflowAnnouncement } from '../testing/editor-workflow-fixtures';
import { readCover, uploadSampleCover } from '../testing/media-fixtures';
import { nextCacheRecord } from '../testing/next-cache-double';
import { isInTrash, listTrash } from './queries';
import { purgeAnnouncement, restoreAnnouncement } from './writes';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// The trash page's actions against a real database: restoring, deleting for good, and who may.

const team = setUpEditorTeam();
let dataDir: string;

beforeAll(async () => {
  // Covers are written to DATA_DIR/media: a temporary folder.
  dataDir = await mkdtemp(path.join(tmpdir(), 'forum-trash-'));
  vi.stubEnv('DATA_DIR', dataDir);
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

beforeEach(() => {
  nextCacheRecord.revalidated.length = 0;
});

const fileExists = (key: string) =>
  access(mediaFilePath(key)).then(
    () => true,
    () => false,
  );

/** A published English announcement with a French draft, moved to the trash by the editor. */
async function trashedAnnouncement() {
  const { id } = await createWorkflowAnnouncement(team().admin, ['fr']);
  const published = await publishTranslation(team().admin, { announcementId: id, locale: 'en', version: '1' });
  if (!published.ok) throw new Error(`not published: ${published.error}`);
  const { slug, announcement } = await team().prisma.translation.findUniqueOrThrow({
    where: { announcementId_locale: { announcementId: id, locale: 'en' } },
    select: { slug: true, announcement: { select: { version: true } } },
  });
  expect(await deleteAnnouncement(team().editor, { announcementId: id, version: announcement.version })).toEqual({ ok: true });
  nextCacheRecord.revalidated.length = 0;
  return { id, slug };
}

const auditActionsOf = async (id: string) =>
  (await team().prisma.auditEvent.findMany({ where: { targetId: id }, orderBy: { id: 'asc' }, select: { action: true } })).map((e) => e.action);

describe('restoreAnnouncement', () => {
  it('lists a deleted announcement in the trash and puts it back on the public site', async () => {
    const { id, slug } = await trashedAnnouncement();
    expect(await findAnnouncementIdBySlug('en', slug)).toBeNull();
    expect(await isInTrash(team().translator, id)).toBe(true);
    const trash = await listTrash(team().editor, 1, 'fr');
    const row = trash?.rows.find((r) => r.id === id);
    expect(row).toMatchObject({ titleLocale: 'fr', deletedBy: team().editor.name });
    expect(trash?.canPurge).toBe(false);

    expect(await restoreAnnouncement(team().editor, { announcementId: id })).toEqual({ ok: true });
    expect(nextCacheRecord.revalidated.map((entry) => entry.tag)).toContain(cacheTags.announcement(id));
    expect(await findAnnouncementIdBySlug('en', slug)).toBe(id);
    expect(await isInTrash(team().editor, id)).toBe(false);
    expect((await listTrash(team().admin, 1, 'en'))?.rows.map((r) => r.id)).not.toContain(id);
    expect(await auditActionsOf(id)).toEqual(['announcement.create', 'announcement.delete', 'announcement.restore']);
  });

  it('refuses translators and the signed-out, and an announcement not in the trash', async () => {
    const { id } = await trashedAnnouncement();
    expect(await restoreAnnouncement(team().translator, { announcementId: id })).toEqual({ ok: false, error: 'forbidden' });
    expect(await restoreAnnouncement(null, { announcementId: id })).toEqual({ ok: false, error: 'signedOut' });
    expect(await listTrash(team().translator, 1, 'en')).toBeNull();
    expect(await restoreAnnouncement(team().admin, { announcementId: id })).toEqual({ ok: true });
    expect(await restoreAnnouncement(team().admin, { announcementId: id })).toEqual({ ok: false, error: 'notFound' });
    expect(await restoreAnnouncement(team().admin, {})).toMatchObject({ ok: false, error: 'invalid' });
  });
});

describe('purgeAnnouncement', () => {
  it('removes the texts, revisions, search documents and unused cover, and keeps the audit log', async () => {
    const { id } = await trashedAnnouncement();
    await team().prisma.announcement.update({ where: { id }, data: { deletedAt: null } });
    await uploadSampleCover(team().admin, id, ['en', 'fr']);
    await team().prisma.announcement.update({ where: { id }, data: { deletedAt: new Date() } });
    const cover = await readCover(id);
    if (!cover) throw new Error('no cover');
    const translationIds = (await team().prisma.translation.findMany({ where: { announcementId: id }, select: { id: true } })).map((t) => t.id);
    const auditBefore = await team().prisma.auditEvent.count({ where: { targetId: { in: [id, ...translationIds] } } });

    expect(await purgeAnnouncement(team().admin, { announcementId: id })).toEqual({ ok: false, error: 'invalid', fieldErrors: { confirm: ['required'] } });
    expect(await purgeAnnouncement(team().admin, { announcementId: id, confirm: 'on' })).toEqual({ ok: true });

    expect(await team().prisma.announcement.count({ where: { id } })).toBe(0);
    expect(await team().prisma.translation.count({ where: { announcementId: id } })).toBe(0);
    expect(await team().prisma.revision.count({ where: { translationId: { in: translationIds } } })).toBe(0);
    expect(await team().prisma.media.count({ where: { id: cover.id } })).toBe(0);
    expect(await team().prisma.mediaTranslation.count({ where: { mediaId: cover.id } })).toBe(0);
    expect(await fileExists(cover.storageKey)).toBe(false);
    expect(await team().prisma.auditEvent.count({ where: { targetId: { in: [id, ...translationIds] } } })).toBe(auditBefore + 1);
    const purge = await team().prisma.auditEvent.findFirstOrThrow({ where: { targetId: id, action: 'announcement.purge' } });
    expect(purge).toMatchObject({ actorId: team().admin.id, targetType: 'announcement', details: { sourceLocale: 'en', locales: expect.arrayContaining(['en', 'fr']) } });
    expect(nextCacheRecord.revalidated.map((entry) => entry.tag)).toContain(cacheTags.announcement(id));
  });

  it('keeps a cover another announcement still uses', async () => {
    const { id } = await trashedAnnouncement();
    const other = await createWorkflowAnnouncement(team().admin, []);
    const mediaId = await uploadSampleCover(team().admin, other.id, ['en']);
    await team().prisma.announcement.update({ where: { id }, data: { coverMediaId: mediaId } });
    expect(await purgeAnnouncement(team().admin, { announcementId: id, confirm: 'on' })).toEqual({ ok: true });
    const cover = await readCover(other.id);
    expect(cover?.id).toBe(mediaId);
    expect(await fileExists(cover?.storageKey ?? '')).toBe(true);
  });

  it('is for administrators only, and only for announcements in the trash', async () => {
    const { id } = await trashedAnnouncement();
    expect(await purgeAnnouncement(team().editor, { announcementId: id, confirm: 'on' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await purgeAnnouncement(team().translator, { announcementId: id, confirm: 'on' })).toEqual({ ok: false, error: 'forbidden' });
    expect(await purgeAnnouncement(null, { announcementId: id, confirm: 'on' })).toEqual({ ok: false, error: 'signedOut' });
    expect(await team().prisma.announcement.count({ where: { id } })).toBe(1);
    const live = await createWorkflowAnnouncement(team().admin, []);
    expect(await purgeAnnouncement(team().admin, { announcementId: live.id, confirm: 'on' })).toEqual({ ok: false, error: 'notFound' });
    expect(await team().prisma.announcement.count({ where: { id: live.id } })).toBe(1);
  });
});
