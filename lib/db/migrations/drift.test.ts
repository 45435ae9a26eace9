import { describe, expect, it } from 'vitest';
import { meaningfulSql } from './drift';

describe('meaningfulSql', () => {
  it.each(['', '\n  \n', '-- This is an empty migration.\n', '  -- a comment\n\n-- another\n'])(
    'treats %j as no change',
    (script) => {
      expect(meaningfulSql(script)).toBe('');
    },
  );

  it('keeps a script with statements, comments included, trimmed', () => {
    const script = '\n-- AlterTable\nALTER TABLE "media" ADD COLUMN "checksum" TEXT;\n\n';
    expect(meaningfulSql(script)).toBe('-- AlterTable\nALTER TABLE "media" ADD COLUMN "checksum" TEXT;');
  });
});
