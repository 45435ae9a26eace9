import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { createEditorUser, createWorkflowAnnouncement, expectOk } from '../testing/editor-workflow-fixtures';
import { readCover, samplePng, uploadFields } from '../testing/media-fixtures';
import { nextCacheRecord } from '../testing/next-cache-double';
import { testDatabaseUrl } from '../testing/test-database';
import { mediaDirectory, mediaFilePath } from './storage';
import { uploadCover } from './upload-cover';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// An upload stores a scaled, re-encoded file and its rows (media, texts, cover, audit) together,
// or nothing at all.

let dataDir: string;
let admin: EditorUser;

const storedFiles = async () => readdir(path.join(mediaDirectory(), 'covers')).catch(() => [] as string[]);
const auditOf = (announcementId: string) =>
  getPrisma().auditEvent.findMany({ where: { targetId: announcementId, action: { startsWith: 'media.' } }, select: { action: true, actorId: true, details: true } });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'forum-upload-'));
  vi.stubEnv('DATA_DIR', dataDir);
  vi.stubEnv('DATABASE_URL', testDatabaseUrl());
  admin = await createEditorUser('ADMIN');
});

beforeEach(async () => {
  await rm(mediaDirectory(), { recursive: true, force: true });
  nextCacheRecord.revalidated.length = 0;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await getPrisma().$disconnect();
  await rm(dataDir, { recursive: true, force: true });
});

describe('uploadCover', () => {
  it('stores the scaled image, its texts in every language, the cover and an audit event, and refreshes the pages', async () => {
    const { id } = await createWorkflowAnnouncement(admin, ['zh', 'ar']);
    const fields = { ...uploadFields(id, ['en', 'zh', 'ar']), caption_zh: '开幕式' };
    const { mediaId } = expectOk(await uploadCover(admin, fields, await samplePng(2400, 1200)));

    const cover = await readCover(id);
    expect(cover).toMatchObject({ id: mediaId, mimeType: 'image/png', width: 1600, height: 800, uploadedById: admin.id });
    expect(cover?.storageKey).toMatch(/^covers\/[0-9a-f]{32}\.png$/);
    expect(cover?.translations).toEqual([
      { locale: 'ar', alt: 'Cover (ar)', caption: '' },
      { locale: 'en', alt: 'Cover (en)', caption: '' },
      { locale: 'zh', alt: 'Cover (zh)', caption: '开幕式' },
    ]);
    const file = mediaFilePath(cover?.storageKey ?? '');
    expect((await stat(file)).size).toBe(cover?.byteSize);
    expect(await sharp(await readFile(file)).metadata()).toMatchObject({ format: 'png', width: 1600, height: 800 });
    expect(await auditOf(id)).toEqual([{ action: 'media.upload', actorId: admin.id, details: expect.objectContaining({ mediaId }) }]);
    expect(nextCacheRecord.revalidated.map((entry) => entry.tag)).toContain(`announcement:${id}`);
  });

  it('requires an alt text in every language the announcement has, keeps no file and writes nothing', async () => {
    const { id } = await createWorkflowAnnouncement(admin, ['zh']);
    const result = await uploadCover(admin, uploadFields(id, ['en']), await samplePng());
    expect(result).toEqual({ ok: false, error: 'invalid', fieldErrors: { alt_zh: ['required'] } });
    expect(await storedFiles()).toEqual([]);
    expect(await readCover(id)).toBeNull();
  });

  it('refuses a file that is not an image, whatever its name, with the file named', async () => {
    const { id } = await createWorkflowAnnouncement(admin, []);
    const text = new Blob(['Not an image at all'], { type: 'image/png' });
    expect(await uploadCover(admin, uploadFields(id, ['en']), text)).toEqual({ ok: false, error: 'fileType', fieldErrors: { file: ['fileType'] } });
    expect(await uploadCover(admin, uploadFields(id, ['en']), null)).toMatchObject({ ok: false, error: 'fileMissing' });
    expect(await storedFiles()).toEqual([]);
  });

  it('replaces the cover: the old image, its texts and its file go, the audit says what was replaced', async () => {
    const { id } = await createWorkflowAnnouncement(admin, []);
    const first = expectOk(await uploadCover(admin, uploadFields(id, ['en'], 'First'), await samplePng()));
    const firstKey = (await readCover(id))?.storageKey ?? '';
    const second = expectOk(await uploadCover(admin, uploadFields(id, ['en'], 'Second'), await samplePng(20, 20)));

    expect(await readCover(id)).toMatchObject({ id: second.mediaId, width: 20, translations: [{ locale: 'en', alt: 'Second (en)' }] });
    expect(await getPrisma().media.findUnique({ where: { id: first.mediaId } })).toBeNull();
    expect(await storedFiles()).toEqual([path.basename((await readCover(id))?.storageKey ?? '')]);
    expect(await storedFiles()).not.toContain(path.basename(firstKey));
    expect((await auditOf(id)).map((event) => event.action).sort()).toEqual(['media.replace', 'media.upload']);
  });

  it('removes the stored file again when the database write fails', async () => {
    const { id } = await createWorkflowAnnouncement(admin, []);
    const failing = await createEditorUser('EDITOR');
    // A real failure inside the transaction, for this one user's inserts only.
    await getPrisma().$executeRawUnsafe(`
      CREATE FUNCTION refuse_media_test() RETURNS trigger AS $$
      BEGIN
        IF NEW.uploaded_by_id = '${failing.id}' THEN RAISE EXCEPTION 'simulated database failure'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await getPrisma().$executeRawUnsafe('CREATE TRIGGER refuse_media_test BEFORE INSERT ON media FOR EACH ROW EXECUTE FUNCTION refuse_media_test()');
    try {
      await expect(uploadCover(failing, uploadFields(id, ['en']), await samplePng())).rejects.toThrow(/simulated database failure/);
    } finally {
      await getPrisma().$executeRawUnsafe('DROP TRIGGER refuse_media_test ON media');
      await getPrisma().$executeRawUnsafe('DROP FUNCTION refuse_media_test()');
    }
    expect(await storedFiles()).toEqual([]);
    expect(await readdir(path.join(mediaDirectory(), '.tmp'))).toEqual([]);
    expect(await readCover(id)).toBeNull();
    expect(await auditOf(id)).toEqual([]);
  });
});
