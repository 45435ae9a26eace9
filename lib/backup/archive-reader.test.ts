import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHeader, formatMediaLine, formatRowLine, formatTrailer } from './archive-format';
import { openArchive } from './archive-reader';

let folder: string;
const header = formatHeader({ format: 'forum-portal-backup', version: 1, exportedAt: '2026-11-22T09:30:00.000Z', migrations: ['init'], tables: ['users'], passwordHashes: false });
const row = formatRowLine('users', '{"id": "u1"}');
const media = formatMediaLine('a.png', new Uint8Array([1, 2, 3]));

async function archiveOf(name: string, text: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, gzipSync(text));
  return file;
}

async function readAll(file: string): Promise<unknown[]> {
  const { lines } = await openArchive(file);
  const seen: unknown[] = [];
  for await (const line of lines) seen.push(line.kind);
  return seen;
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'forum-archive-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('openArchive', () => {
  it('reads the header at once, then each line, and ends at a matching end marker', async () => {
    const file = await archiveOf('ok.gz', header + row + media + formatTrailer({ end: true, rows: { users: 1 }, media: 1 }));
    expect((await openArchive(file)).header.tables).toEqual(['users']);
    expect(await readAll(file)).toEqual(['row', 'media']);
  });

  it('fails after the last line when the end marker counts other rows or files', async () => {
    const rows = await archiveOf('rows.gz', header + row + formatTrailer({ end: true, rows: { users: 2 }, media: 0 }));
    await expect(readAll(rows)).rejects.toThrow('the end marker counts 2 rows of users, the archive holds 1');
    const files = await archiveOf('files.gz', header + media + formatTrailer({ end: true, rows: {}, media: 2 }));
    await expect(readAll(files)).rejects.toThrow('the end marker counts 2 media files, the archive holds 1');
  });

  it('refuses lines after the end marker, an archive without one and an empty file', async () => {
    const after = await archiveOf('after.gz', header + formatTrailer({ end: true, rows: {}, media: 0 }) + row);
    await expect(readAll(after)).rejects.toThrow('lines follow the end marker');
    const cut = await archiveOf('cut.gz', header + row);
    await expect(readAll(cut)).rejects.toThrow(/cut\.gz is cut short: it ends without the end marker \(after line 2\)/);
    const empty = await archiveOf('empty.gz', '');
    await expect(openArchive(empty)).rejects.toThrow(/empty\.gz is empty/);
  });
});
