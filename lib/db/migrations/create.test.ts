import { describe, expect, it } from 'vitest';
import { migrationDirectoryName } from './create';

const now = new Date(Date.UTC(2026, 0, 2, 3, 4, 5));

describe('migrationDirectoryName', () => {
  it('prefixes the UTC timestamp as prisma migrate does', () => {
    expect(migrationDirectoryName('init', now)).toBe('20260102030405_init');
  });

  it('writes the name in snake case', () => {
    expect(migrationDirectoryName('Add-Media_Checksum2', now)).toBe('20260102030405_add_media_checksum2');
  });

  it.each(['', 'two words', 'semi;colon', '../escape', 'émoji', 'x'.repeat(101)])('refuses %j', (name) => {
    expect(() => migrationDirectoryName(name, now)).toThrow(/Invalid migration name/);
  });
});
