import { describe, expect, it } from 'vitest';
import { oneLine } from './one-line';

describe('oneLine', () => {
  it('keeps a one-line message', () => {
    expect(oneLine(new Error('port 3000 is already in use'))).toBe('port 3000 is already in use');
  });

  it('takes the first line of a multi-line message', () => {
    expect(oneLine(new Error('initdb failed\nmore detail'))).toBe('initdb failed');
  });

  it('takes the cause line of a Prisma invocation error', () => {
    const error = new Error('Invalid `prisma.user.count()` invocation in\n/x.ts:3:1\n\n  2 |\n→ 3 | count()\nCan\'t reach database server');
    expect(oneLine(error)).toBe("Can't reach database server");
  });

  it('explains a missing table', () => {
    expect(oneLine(Object.assign(new Error('x'), { code: 'P2021' }))).toBe('the database has no tables: its migrations did not run');
  });

  it('handles values that are not errors', () => {
    expect(oneLine('plain text')).toBe('plain text');
  });
});
