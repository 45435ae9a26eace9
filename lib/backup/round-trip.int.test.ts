import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedIfEmpty } from '../../prisma/seed/seed-demo';
import { getPrisma } from '../db/client';
import { createBareDatabase, listConstraints, listTables, readTable, readUsersWithoutHashes, runStatement, writeFirstHalf, writeWithoutLastLine } from '../testing/backup-fixtures';
import { createEditorUser, createWorkflowAnnouncement } from '../testing/editor-workflow-fixtures';
import { uploadSampleCover } from '../testing/media-fixtures';
import { createScratchDatabase, type ScratchDatabase } from '../testing/scratch-database';
import { ArchiveError } from './archive-format';
import { TRANSIENT_TABLES } from './database-catalog';
import { exportBackup } from './export-backup';
import { restoreBackup } from './restore-backup';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// A seeded portal with a cover image and audit events goes out to an archive and back into a new
// database and media folder: every table, row for row, and every media file, byte for byte.

let folder: string;
let source: ScratchDatabase;
let tables: string[];
let users: number;
const disposals: (() => Promise<void>)[] = [];

async function scratchTarget(): Promise<string> {
  const database = await createScratchDatabase('forum_backup_target');
  disposals.push(database.dispose);
  return database.url;
}

async function exportTo(name: string, withPasswordHashes: boolean): Promise<string> {
  const file = path.join(folder, name);
  await exportBackup({ databaseUrl: source.url, mediaDirectory: path.join(folder, 'media'), file, withPasswordHashes });
  return file;
}

async function mediaFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name))).sort();
}

async function expectEmpty(url: string, mediaDirectory: string): Promise<void> {
  for (const table of tables) expect(await readTable(url, table), table).toEqual([]);
  expect(await mediaFiles(mediaDirectory)).toEqual([]);
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'forum-backup-'));
  source = await createScratchDatabase('forum_backup_source');
  vi.stubEnv('DATA_DIR', folder);
  vi.stubEnv('DATABASE_URL', source.url);
  expect((await seedIfEmpty(source.url, { password: 'correct horse battery staple' })).seeded).toBe(true);
  const admin = await createEditorUser('ADMIN');
  const { id } = await createWorkflowAnnouncement(admin, ['ar']);
  await uploadSampleCover(admin, id, ['en', 'ar']);
  await runStatement(source.url, `INSERT INTO login_failures (scope, key) VALUES ('ACCOUNT', 'someone@example.org')`);
  tables = await listTables(source.url);
  users = (await readTable(source.url, 'users')).length;
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await getPrisma().$disconnect();
  for (const dispose of disposals.reverse()) await dispose();
  await source.dispose();
  await rm(folder, { recursive: true, force: true });
});

describe('export, then restore', () => {
  it('gives back every table row for row and every media file byte for byte, password hashes included when asked', async () => {
    const archive = await exportTo('with-hashes.ndjson.gz', true);
    const target = await scratchTarget();
    const targetMedia = path.join(folder, 'restored-with-hashes');
    const summary = await restoreBackup({ databaseUrl: target, mediaDirectory: targetMedia, file: archive });

    expect(tables).toEqual(expect.arrayContaining(['users', 'announcements', 'translations', 'revisions', 'media', 'media_translations', 'audit_events']));
    for (const transient of TRANSIENT_TABLES) expect(tables).not.toContain(transient);
    for (const table of ['translations', 'revisions', 'media_translations', 'audit_events']) expect(await readTable(source.url, table), table).not.toEqual([]);
    expect(await runStatement(source.url, 'SELECT 1 FROM translations WHERE search_vector IS NOT NULL LIMIT 1')).toHaveLength(1);
    for (const table of tables) expect(await readTable(target, table), table).toEqual(await readTable(source.url, table));
    expect((await readTable(target, 'media')).length).toBe(1);
    expect(await listConstraints(target)).toEqual(await listConstraints(source.url));
    expect(await readTable(target, 'login_failures')).toEqual([]);

    const keys = await mediaFiles(path.join(folder, 'media'));
    expect(keys).toHaveLength(1);
    expect(await mediaFiles(targetMedia)).toEqual(keys);
    for (const key of keys) expect(await readFile(path.join(targetMedia, key))).toEqual(await readFile(path.join(folder, 'media', key)));
    expect(summary).toMatchObject({ media: 1, passwordHashes: true, users });

    // The next audit event gets a new id rather than colliding with a restored one.
    const [maxId] = await runStatement<{ id: string }>(target, 'SELECT max(id)::text AS id FROM audit_events');
    const [added] = await runStatement<{ id: string }>(target, `INSERT INTO audit_events (action, target_type, target_id) VALUES ('test', 'database', 'x') RETURNING id::text AS id`);
    expect(BigInt(added?.id ?? 0)).toBeGreaterThan(BigInt(maxId?.id ?? 0));
  });

  it('leaves password hashes out unless asked, and migrates a database that has no tables yet', async () => {
    const archive = await exportTo('without-hashes.ndjson.gz', false);
    const bare = await createBareDatabase(source.url);
    disposals.push(bare.dispose);
    const summary = await restoreBackup({ databaseUrl: bare.url, mediaDirectory: path.join(folder, 'restored-bare'), file: archive });

    expect(summary).toMatchObject({ passwordHashes: false, users });
    expect(await readTable(bare.url, 'users')).toEqual(await readUsersWithoutHashes(source.url));
    expect(await runStatement(bare.url, 'SELECT 1 FROM users WHERE password_hash IS NOT NULL')).toEqual([]);
    for (const table of tables.filter((name) => name !== 'users')) expect(await readTable(bare.url, table), table).toEqual(await readTable(source.url, table));
  });
});

describe('a restore that cannot finish', () => {
  it('refuses a database that has rows', async () => {
    const archive = await exportTo('into-source.ndjson.gz', false);
    await expect(restoreBackup({ databaseUrl: source.url, mediaDirectory: path.join(folder, 'unused'), file: archive })).rejects.toThrow(
      /the database is not empty \(the table \w+ has rows\): restore only into an empty database/,
    );
  });

  it('rolls everything back when the archive is cut short, media files written before included', async () => {
    const archive = await exportTo('complete.ndjson.gz', false);
    const target = await scratchTarget();
    const targetMedia = path.join(folder, 'restored-cut');

    const noEnd = path.join(folder, 'no-end.ndjson.gz');
    await writeWithoutLastLine(archive, noEnd);
    await expect(restoreBackup({ databaseUrl: target, mediaDirectory: targetMedia, file: noEnd })).rejects.toThrow(/is cut short: it ends without the end marker/);
    await expectEmpty(target, targetMedia);

    const half = path.join(folder, 'half.ndjson.gz');
    await writeFirstHalf(archive, half);
    await expect(restoreBackup({ databaseUrl: target, mediaDirectory: targetMedia, file: half })).rejects.toThrow(ArchiveError);
    await expectEmpty(target, targetMedia);
  });

  it('names what is wrong with a file that is no backup', async () => {
    const target = await scratchTarget();
    const notGzip = path.join(folder, 'plain.txt');
    await writeFile(notGzip, 'hello\n');
    await expect(restoreBackup({ databaseUrl: target, mediaDirectory: folder, file: notGzip })).rejects.toThrow(/plain\.txt is not a gzip file/);
    const otherFormat = path.join(folder, 'other.ndjson.gz');
    await writeFile(otherFormat, gzipSync('{"format":"something-else"}\n'));
    await expect(restoreBackup({ databaseUrl: target, mediaDirectory: folder, file: otherFormat })).rejects.toThrow('not a Forum Portal backup');
    await expect(restoreBackup({ databaseUrl: target, mediaDirectory: folder, file: path.join(folder, 'missing.gz') })).rejects.toThrow(/no file .*missing\.gz/);
    const otherVersion = path.join(folder, 'other-version.ndjson.gz');
    const header = { format: 'forum-portal-backup', version: 1, exportedAt: new Date().toISOString(), migrations: ['20990101000000_future'], tables: [], passwordHashes: false };
    await writeFile(otherVersion, gzipSync(`${JSON.stringify(header)}\n{"end":true,"rows":{},"media":0}\n`));
    await expect(restoreBackup({ databaseUrl: target, mediaDirectory: folder, file: otherVersion })).rejects.toThrow(
      /the archive was made with the migrations 20990101000000_future; this checkout has 20261122023649_init, .*: restore with the version of the portal that made it/,
    );
  });
});
