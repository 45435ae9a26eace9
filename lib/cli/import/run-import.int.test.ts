import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient } from '../../db/create-client';
import type { PrismaClient } from '../../db/generated/client';
import { testDatabaseUrl } from '../../testing/test-database';
import type { ImportArgs } from './args';
import { groupBatch, readBatch, writeBatch } from './run-import';

const raw = (name: string) => path.join(process.cwd(), 'prisma/seed/raw', name);
const english = raw('003_e408bdf1dee6f360.txt');
const russian = raw('002_ea2a196cedd7ecc8.txt');
const german = raw('000_d228a7edf89d6eb3.txt');
const args = (files: string[], more: Partial<ImportArgs> = {}): ImportArgs => ({ files, dryRun: false, json: false, publish: false, ...more });
const noProgress = () => undefined;

let prisma: PrismaClient;
let dir: string;

beforeAll(async () => {
  prisma = createPrismaClient(testDatabaseUrl());
  dir = await mkdtemp(path.join(tmpdir(), 'import-'));
});
afterAll(async () => prisma?.$disconnect());

describe('import batch', () => {
  it('imports grouped reports as one announcement of drafts and refuses bad files by name', async () => {
    const binary = path.join(dir, 'photo.jpg');
    await writeFile(binary, Uint8Array.from([0xff, 0xd8, 0xff, 0, 0, 0x10]));
    const run = args([english, russian, binary]);
    const batch = groupBatch(await readBatch(run, noProgress));
    const before = await prisma.announcement.count();
    await writeBatch(prisma, batch, run, null);

    expect(batch.results.map((result) => result.error ?? 'ok')).toEqual(['ok', 'ok', 'photo.jpg is a binary file, not text.']);
    expect(await prisma.announcement.count()).toBe(before + 1);
    const id = batch.results[0]?.announcementId ?? '';
    expect(batch.results[1]?.announcementId).toBe(id);
    const translations = await prisma.translation.findMany({
      where: { announcementId: id },
      select: { locale: true, status: true, slug: true, title: true, revisions: { select: { number: true } } },
      orderBy: { locale: 'asc' },
    });
    expect(translations.map((t) => [t.locale, t.status, t.revisions.length])).toEqual([
      ['en', 'DRAFT', 1],
      ['ru', 'DRAFT', 1],
    ]);
    expect(translations[1]?.slug).toMatch(/^podforum-po-sotrudnichestvu/);
    expect(await prisma.announcement.findUnique({ where: { id }, select: { sourceLocale: true } })).toEqual({ sourceLocale: 'en' });
  });

  it('publishes with --publish and writes nothing with a failing announcement, keeping the others', async () => {
    const run = args([german, english], { publish: true });
    const batch = groupBatch(await readBatch(run, noProgress));
    const englishDocument = batch.results[1]?.document;
    if (!englishDocument) throw new Error('english report not read');
    // A title the database refuses (blank) makes that announcement's transaction fail.
    englishDocument.title = '   ';
    const before = await prisma.translation.count();
    await writeBatch(prisma, batch, run, null);
    expect(batch.results[0]?.announcementId).toBeDefined();
    expect(batch.results[1]?.announcementId).toBeUndefined();
    expect(batch.results[1]?.error).toMatch(/^not imported:/);
    expect(await prisma.translation.count()).toBe(before + 1);
    const published = await prisma.translation.findFirst({
      where: { announcementId: batch.results[0]?.announcementId },
      select: { status: true, liveRevisionId: true },
    });
    expect(published?.status).toBe('PUBLISHED');
    expect(published?.liveRevisionId).not.toBeNull();
  });

  it('a dry run only reads', async () => {
    const before = await prisma.announcement.count();
    const batch = groupBatch(await readBatch(args([english], { dryRun: true }), noProgress));
    expect(batch.groups).toHaveLength(1);
    expect(await prisma.announcement.count()).toBe(before);
  });
});
