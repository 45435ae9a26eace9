import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getPrisma } from '../db/client';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import type { TranslationStatus } from '../db/generated/enums';
import { createFixtureAnnouncement, createRunTag } from '../testing/announcement-fixtures';
import { testDatabaseUrl } from '../testing/test-database';
import { createMediaResponse } from './media-response';
import { writeMedia } from './storage';

vi.mock('server-only', () => ({}));

// /media/{key} serves a file once it is the cover of a live announcement, and nothing else.

const tag = createRunTag();
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
let prisma: PrismaClient;
let dataDir: string;

/** A media row and its file under `covers/{tag}/{name}`, optionally the cover of an announcement. */
async function createCover(name: string, cover?: { status: TranslationStatus; publishedAt: Date | null; deleted?: boolean }) {
  const key = `covers/${tag}/${name}`;
  await writeMedia(key, png);
  const media = await prisma.media.create({
    data: { storageKey: key, mimeType: 'image/png', byteSize: png.length, width: 2, height: 2 },
    select: { id: true },
  });
  if (cover) {
    const announcement = await createFixtureAnnouncement(prisma, {
      tag,
      sourceLocale: 'en',
      deleted: cover.deleted,
      translations: [{ locale: 'en', status: cover.status, publishedAt: cover.publishedAt }],
    });
    await prisma.announcement.update({ where: { id: announcement.id }, data: { coverMediaId: media.id } });
  }
  return key;
}

const hourAgo = () => new Date(Date.now() - 3_600_000);

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'forum-media-'));
  vi.stubEnv('DATA_DIR', dataDir);
  vi.stubEnv('DATABASE_URL', testDatabaseUrl());
  prisma = createPrismaClient(testDatabaseUrl());
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await Promise.all([prisma?.$disconnect(), getPrisma().$disconnect()]);
  await rm(dataDir, { recursive: true, force: true });
});

describe('/media/{key}', () => {
  it('serves the cover of a published announcement with its type, for a year, unsniffed', async () => {
    const key = await createCover('published.png', { status: 'PUBLISHED', publishedAt: hourAgo() });
    const response = await createMediaResponse(key);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(png);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-length')).toBe(String(png.length));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
  });

  it.each([
    ['unreferenced', undefined],
    ['draft-only', { status: 'DRAFT', publishedAt: null }],
    ['scheduled', { status: 'SCHEDULED', publishedAt: new Date(Date.now() + 3_600_000) }],
    ['deleted', { status: 'PUBLISHED', publishedAt: hourAgo(), deleted: true }],
  ] as const)('is a 404, not cached, for an %s image', async (name, cover) => {
    const response = await createMediaResponse(await createCover(`${name}.png`, cover));
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('is a 404 for unknown keys, keys leaving the folder and rows whose file is missing', async () => {
    const key = await createCover('no-file.png', { status: 'PUBLISHED', publishedAt: hourAgo() });
    await rm(path.join(dataDir, 'media', key));
    for (const probe of [key, `covers/${tag}/unknown.png`, '../../etc/passwd', `covers/${tag}/../published.png`]) {
      expect((await createMediaResponse(probe)).status, probe).toBe(404);
    }
  });
});
