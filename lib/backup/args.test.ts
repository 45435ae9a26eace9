import { describe, expect, it } from 'vitest';
import { defaultArchiveName, parseExportArgs, parseRestoreArgs } from './args';

const now = new Date('2026-11-22T09:30:05.123Z');

describe('export arguments', () => {
  it('names the archive after the time by default, without password hashes', () => {
    expect(defaultArchiveName(now)).toBe('forum-portal-20261122T093005Z.ndjson.gz');
    expect(parseExportArgs([], now)).toEqual({ file: 'forum-portal-20261122T093005Z.ndjson.gz', withPasswordHashes: false });
  });

  it('takes an output file and the password-hash option', () => {
    expect(parseExportArgs(['--output', 'b.ndjson.gz', '--with-password-hashes'], now)).toEqual({ file: 'b.ndjson.gz', withPasswordHashes: true });
  });

  it('refuses unknown options with the usage', () => {
    expect(parseExportArgs(['--passwords'], now)).toEqual({ error: expect.stringContaining('usage: npm run export') });
  });
});

describe('restore arguments', () => {
  it('wants exactly one archive', () => {
    expect(parseRestoreArgs(['a.ndjson.gz'])).toEqual({ file: 'a.ndjson.gz' });
    expect(parseRestoreArgs([])).toEqual({ error: expect.stringContaining('name exactly one archive') });
    expect(parseRestoreArgs(['a', 'b'])).toEqual({ error: expect.stringContaining('name exactly one archive') });
  });
});
