import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { createEditorUser, createWorkflowAnnouncement, expectOk } from '../testing/editor-workflow-fixtures';
import { readCover, uploadSampleCover } from '../testing/media-fixtures';
import { testDatabaseUrl } from '../testing/test-database';
import { removeCover, saveCoverText } from './cover-writes';
import { mediaFilePath } from './storage';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// After the upload: one language's texts change, the cover goes; both only for the image the form showed.

let dataDir: string;
let admin: EditorUser;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'forum-cover-'));
  vi.stubEnv('DATA_DIR', dataDir);
  vi.stubEnv('DATABASE_URL', testDatabaseUrl());
  admin = await createEditorUser('ADMIN');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await getPrisma().$disconnect();
  await rm(dataDir, { recursive: true, force: true });
});

describe('saveCoverText', () => {
  it('adds or changes one language’s alt text and caption; a translator of that language may', async () => {
    const { id } = await createWorkflowAnnouncement(admin, ['ar']);
    const mediaId = await uploadSampleCover(admin, id, ['en', 'ar']);
    const translator = await createEditorUser('TRANSLATOR', ['ar']);
    expectOk(await saveCoverText(translator, { announcementId: id, mediaId, locale: 'ar', alt: ' المندوبون في القاعة ', caption: 'الافتتاح' }));
    expect((await readCover(id))?.translations).toContainEqual({ locale: 'ar', alt: 'المندوبون في القاعة', caption: 'الافتتاح' });
    expect(await saveCoverText(translator, { announcementId: id, mediaId, locale: 'en', alt: 'Delegates' })).toEqual({ ok: false, error: 'forbidden' });
  });

  it('requires the alt text, and writes nothing for an image that has been replaced meanwhile', async () => {
    const { id } = await createWorkflowAnnouncement(admin, []);
    const first = await uploadSampleCover(admin, id, ['en']);
    expect(await saveCoverText(admin, { announcementId: id, mediaId: first, locale: 'en', alt: '  ' })).toEqual({
      ok: false,
      error: 'invalid',
      fieldErrors: { alt: ['required'] },
    });
    await uploadSampleCover(admin, id, ['en']);
    expect(await saveCoverText(admin, { announcementId: id, mediaId: first, locale: 'en', alt: 'Late' })).toEqual({ ok: false, error: 'conflict' });
    expect((await readCover(id))?.translations).toEqual([{ locale: 'en', alt: 'Cover (en)', caption: '' }]);
  });
});

describe('removeCover', () => {
  it('takes the cover off, deletes the image, its texts and its file, and records who did it', async () => {
    const { id } = await createWorkflowAnnouncement(admin, []);
    const mediaId = await uploadSampleCover(admin, id, ['en']);
    const file = mediaFilePath((await readCover(id))?.storageKey ?? '');
    expectOk(await removeCover(admin, { announcementId: id, mediaId }));
    expect(await readCover(id)).toBeNull();
    expect(await getPrisma().mediaTranslation.count({ where: { mediaId } })).toBe(0);
    await expect(stat(file)).rejects.toThrow();
    expect(await getPrisma().auditEvent.count({ where: { targetId: id, action: 'media.remove', actorId: admin.id } })).toBe(1);
    expect(await removeCover(admin, { announcementId: id, mediaId })).toEqual({ ok: false, error: 'conflict' });
  });
});
