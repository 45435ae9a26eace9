import { describe, expect, it } from 'vitest';
import { describeTarget, explain } from './resolve-database';

describe('describeTarget', () => {
  it('names host, port and database without credentials', () => {
    expect(describeTarget('postgresql://user:secret@db.example.org:6543/portal')).toBe('db.example.org:6543/portal');
  });

  it('fills in the default port', () => {
    expect(describeTarget('postgres://db/portal')).toBe('db:5432/portal');
  });

  it('says when no database is named', () => {
    expect(describeTarget('postgresql://localhost:5432')).toBe('localhost:5432/(default database)');
  });
});

describe('explain', () => {
  const failure = (code: string, message = '') => ({ ok: false as const, code, message });

  it.each([
    ['ECONNREFUSED', 'connection refused'],
    ['ENOTFOUND', 'host not found'],
    ['28P01', 'authentication failed (wrong user or password)'],
    ['3D000', 'database does not exist'],
  ])('%s → %s', (code, expected) => {
    expect(explain(failure(code))).toBe(expected);
  });

  it('keeps the server text for a refused role', () => {
    expect(explain(failure('28000', 'role "x" does not exist'))).toBe('authentication failed: role "x" does not exist');
  });

  it('recognises a timeout by its message', () => {
    expect(explain(failure('', 'timeout expired'))).toBe('timed out after 5 s');
  });

  it('falls back to the first line of an unknown error', () => {
    expect(explain(failure('', 'something odd\n  at stack'))).toBe('something odd');
  });
});
