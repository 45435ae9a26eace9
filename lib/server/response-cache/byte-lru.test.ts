import { describe, expect, it } from 'vitest';
import { ByteLru } from './byte-lru';

const sized = (size: number) => ({ size });

describe('ByteLru', () => {
  it('keeps the total under its budget by dropping the least recently used', () => {
    const lru = new ByteLru<{ size: number }>(100);
    lru.set('a', sized(40));
    lru.set('b', sized(40));
    lru.get('a');
    lru.set('c', sized(40));
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toEqual(sized(40));
    expect(lru.get('c')).toEqual(sized(40));
    expect(lru.bytes).toBe(80);
  });

  it('refuses a value larger than the whole budget and keeps the rest', () => {
    const lru = new ByteLru<{ size: number }>(100);
    lru.set('a', sized(60));
    expect(lru.set('huge', sized(101))).toBe(false);
    expect(lru.count).toBe(1);
    expect(lru.bytes).toBe(60);
  });

  it('replaces a key without counting it twice, and forgets everything on clear', () => {
    const lru = new ByteLru<{ size: number }>(100);
    lru.set('a', sized(60));
    lru.set('a', sized(70));
    expect(lru.bytes).toBe(70);
    lru.delete('a');
    expect(lru.bytes).toBe(0);
    lru.set('b', sized(10));
    lru.clear();
    expect(lru.count).toBe(0);
    expect(lru.bytes).toBe(0);
  });

  it('evicts several old entries to make room for a large one', () => {
    const lru = new ByteLru<{ size: number }>(100);
    for (const key of ['a', 'b', 'c', 'd']) lru.set(key, sized(25));
    lru.set('big', sized(90));
    expect(lru.count).toBe(1);
    expect(lru.bytes).toBe(90);
  });
});
