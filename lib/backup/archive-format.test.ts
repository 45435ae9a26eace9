import { describe, expect, it } from 'vitest';
import { ArchiveError, formatHeader, formatMediaLine, formatRowLine, formatTrailer, parseHeader, parseLine, type ArchiveHeader } from './archive-format';

const header: ArchiveHeader = {
  format: 'forum-portal-backup',
  version: 1,
  exportedAt: '2026-11-22T09:30:00.000Z',
  migrations: ['20261122023649_init'],
  tables: ['users', 'media'],
  passwordHashes: false,
};

function lineOf(text: string): string {
  expect(text.endsWith('\n')).toBe(true);
  expect(text.slice(0, -1)).not.toContain('\n');
  return text.slice(0, -1);
}

describe('archive lines', () => {
  it('reads back the header it writes', () => {
    expect(parseHeader(lineOf(formatHeader(header)))).toEqual(header);
  });

  it('keeps a row exactly as PostgreSQL wrote it, whatever its characters', () => {
    const rowJson = '{"id": "u1", "name": "王芳 \\u2028 \\"quoted\\"\\nnext", "details": {"n": 1}}';
    expect(parseLine(lineOf(formatRowLine('users', rowJson)), 2)).toEqual({
      kind: 'row',
      table: 'users',
      row: { id: 'u1', name: '王芳 \u2028 "quoted"\nnext', details: { n: 1 } },
    });
  });

  it('round-trips the bytes of a media file', () => {
    const bytes = new Uint8Array([0, 255, 10, 13, 137, 80, 78, 71]);
    const line = parseLine(lineOf(formatMediaLine('covers/a.png', bytes)), 3);
    expect(line).toEqual({ kind: 'media', key: 'covers/a.png', bytes: Buffer.from(bytes) });
  });

  it('reads the end marker with its counts', () => {
    const trailer = { end: true as const, rows: { users: 2 }, media: 1 };
    expect(parseLine(lineOf(formatTrailer(trailer)), 4)).toEqual({ kind: 'end', trailer });
  });
});

describe('bad archives', () => {
  it('says a file is not a backup when the first line names no format', () => {
    expect(() => parseHeader('{"hello":"world"}')).toThrow(new ArchiveError('not a Forum Portal backup (the first line names no format "forum-portal-backup")'));
    expect(() => parseHeader('PK\u0003\u0004')).toThrow('line 1 is not valid JSON');
  });

  it('names an unsupported version and a malformed header', () => {
    expect(() => parseHeader(JSON.stringify({ ...header, version: 2 }))).toThrow('backup format version 2 is not supported');
    expect(() => parseHeader(JSON.stringify({ ...header, migrations: 'init' }))).toThrow('the header line is malformed');
  });

  it('names the line that is cut or of no known kind', () => {
    expect(() => parseLine('{"table":"users","row":{"id":', 7)).toThrow('line 7 is not valid JSON');
    expect(() => parseLine('{"media":"a.png","data":"not base64!"}', 8)).toThrow('line 8 is neither a table row, a media file nor the end marker');
    expect(() => parseLine('[1,2]', 9)).toThrow(ArchiveError);
  });
});
