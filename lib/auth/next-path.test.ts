import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('safeNextPath', () => {
  it('goes back to an editor page, in any locale, with its query', () => {
    expect(safeNextPath('/en/editor/account', 'en')).toBe('/en/editor/account');
    expect(safeNextPath('/ar/editor', 'en')).toBe('/ar/editor');
    expect(safeNextPath('/zh/editor/users?page=2', 'zh')).toBe('/zh/editor/users?page=2');
  });

  it.each([
    ['nothing', undefined],
    ['an empty value', ''],
    ['another site', 'https://evil.example/en/editor'],
    ['a protocol-relative address', '//evil.example/en/editor'],
    ['a backslash trick', '/\\evil.example/en/editor'],
    ['a relative path', 'en/editor'],
    ['a public page', '/en/announcements/x'],
    ['an address that only starts like the editor', '/en/editorial'],
    ['an unknown locale', '/xx/editor'],
    ['the sign-in page itself', '/en/editor/sign-in'],
    ['a control character', '/en/editor/\nx'],
    ['a javascript: address', 'javascript:alert(1)'],
  ])('falls back to the dashboard for %s', (_, next) => {
    expect(safeNextPath(next, 'fr')).toBe('/fr/editor');
  });

  it('normalises dot segments before checking', () => {
    expect(safeNextPath('/en/editor/../announcements/x', 'en')).toBe('/en/editor');
  });
});
