import { describe, expect, it } from 'vitest';
import { parsePageNumber } from './page-number';

describe('parsePageNumber', () => {
  it.each([
    ['1', 1],
    ['2', 2],
    ['999999', 999999],
  ])('reads %s', (value, expected) => {
    expect(parsePageNumber(value)).toBe(expected);
  });

  it.each(['0', '02', '2.5', '-1', 'x', '', '1e3', ' 2', '1000000'])('refuses "%s"', (value) => {
    expect(parsePageNumber(value)).toBeNull();
  });
});
