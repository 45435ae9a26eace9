import { describe, expect, it } from 'vitest';
import type { CapturedResponse } from './capture';
import { ResponseCache } from './response-cache';
import { MAX_LIFETIME_SECONDS } from './response-rules';

const page = (text: string, cacheControl = 's-maxage=60'): CapturedResponse => ({
  status: 200,
  headers: { 'cache-control': cacheControl, 'x-nextjs-cache': 'HIT', etag: '"e"', 'content-type': 'text/html' },
  body: Buffer.from(text),
});

function cacheWithClock() {
  const clock = { now: 0 };
  return { clock, cache: new ResponseCache(1024 * 1024, () => clock.now) };
}

const bodyOf = (cache: ResponseCache, key: string) => cache.lookup(key)?.body.toString();

describe('ResponseCache', () => {
  it('serves a stored page until its lifetime ends', () => {
    const { clock, cache } = cacheWithClock();
    cache.store('k', cache.beginPassThrough(), page('old', 's-maxage=2'));
    clock.now = 1_999;
    expect(bodyOf(cache, 'k')).toBe('old');
    clock.now = 2_000;
    expect(cache.lookup('k')).toBeUndefined();
  });

  it('never keeps a page longer than its own bound, whatever s-maxage says', () => {
    const { clock, cache } = cacheWithClock();
    cache.store('k', cache.beginPassThrough(), page('old', 's-maxage=31536000'));
    clock.now = MAX_LIFETIME_SECONDS * 1000;
    expect(cache.lookup('k')).toBeUndefined();
  });

  it('forgets everything on invalidation', () => {
    const { cache } = cacheWithClock();
    cache.store('a', cache.beginPassThrough(), page('a'));
    cache.store('b', cache.beginPassThrough(), page('b'));
    cache.invalidate();
    expect(cache.lookup('a')).toBeUndefined();
    expect(cache.lookup('b')).toBeUndefined();
    expect(cache.stats).toEqual({ entries: 0, bytes: 0 });
  });

  it('does not store a page that was being produced while an invalidation happened', () => {
    const { cache } = cacheWithClock();
    const ticket = cache.beginPassThrough();
    cache.invalidate();
    expect(cache.store('k', ticket, page('rendered before the change'))).toBe(false);
    expect(cache.lookup('k')).toBeUndefined();
  });

  it('flushes again when a request that saw an invalidation ends, as Next applies the tags only then', () => {
    const { cache } = cacheWithClock();
    const action = cache.beginPassThrough();
    cache.invalidate();
    // A reader's request between the action's revalidateTag and its end still gets the old page.
    cache.store('k', cache.beginPassThrough(), page('old'));
    expect(bodyOf(cache, 'k')).toBe('old');
    cache.endPassThrough(action);
    expect(cache.lookup('k')).toBeUndefined();
    cache.store('k', cache.beginPassThrough(), page('new'));
    expect(bodyOf(cache, 'k')).toBe('new');
  });

  it('keeps its pages when requests end without any invalidation meanwhile', () => {
    const { cache } = cacheWithClock();
    const other = cache.beginPassThrough();
    cache.store('k', cache.beginPassThrough(), page('kept'));
    cache.endPassThrough(other);
    expect(bodyOf(cache, 'k')).toBe('kept');
  });

  it('stores nothing its rules refuse', () => {
    const { cache } = cacheWithClock();
    expect(cache.store('k', cache.beginPassThrough(), page('personal', 'private, no-store'))).toBe(false);
    expect(cache.lookup('k')).toBeUndefined();
  });

  it('stays within its byte budget', () => {
    const cache = new ResponseCache(10_000);
    for (let i = 0; i < 20; i += 1) cache.store(`k${i}`, cache.beginPassThrough(), page('x'.repeat(2_000)));
    expect(cache.stats.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.lookup('k19')).toBeDefined();
    expect(cache.lookup('k0')).toBeUndefined();
  });
});
