import { describe, expect, it } from 'vitest';
import { accountKey, laterOf, minutesUntil, throttledUntil, throttleLimit, throttleWindowMs } from './throttle-rules';

const now = new Date('2026-11-22T12:00:00Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe('throttledUntil', () => {
  it('lets attempts through below the limit', () => {
    expect(throttledUntil([], now)).toBeNull();
    expect(throttledUntil([1, 2, 3, 4].map(minutesAgo), now)).toBeNull();
  });

  it('refuses after five failures within fifteen minutes, until the oldest of them is fifteen minutes old', () => {
    const failures = [10, 8, 6, 4, 2].map(minutesAgo);
    expect(throttledUntil(failures, now)).toEqual(new Date(minutesAgo(10).getTime() + throttleWindowMs));
  });

  it('counts the latest five when there are more', () => {
    const failures = [14, 12, 9, 7, 5, 3].map(minutesAgo);
    expect(throttledUntil(failures, now)).toEqual(new Date(minutesAgo(12).getTime() + throttleWindowMs));
  });

  it('forgets failures older than the window', () => {
    expect(throttledUntil([16, 20, 3, 2, 1].map(minutesAgo), now)).toBeNull();
    expect(throttledUntil([15, 4, 3, 2, 1].map(minutesAgo), now)).toBeNull();
  });

  it('accepts again the moment the oldest counted failure leaves the window', () => {
    const failures = [10, 8, 6, 4, 2].map(minutesAgo);
    const until = throttledUntil(failures, now);
    expect(until).not.toBeNull();
    expect(throttledUntil(failures, new Date((until as Date).getTime() - 1))).not.toBeNull();
    expect(throttledUntil(failures, until as Date)).toBeNull();
  });

  it('does not count failures dated after now', () => {
    expect(throttledUntil([...[4, 3, 2, 1].map(minutesAgo), minutesAgo(-1)], now)).toBeNull();
  });

  it('limits to five', () => {
    expect(throttleLimit).toBe(5);
    expect(throttleWindowMs).toBe(15 * 60 * 1000);
  });
});

describe('laterOf', () => {
  it('takes the later refusal, or whichever there is', () => {
    expect(laterOf(null, null)).toBeNull();
    expect(laterOf(minutesAgo(1), null)).toEqual(minutesAgo(1));
    expect(laterOf(null, minutesAgo(2))).toEqual(minutesAgo(2));
    expect(laterOf(minutesAgo(5), minutesAgo(1))).toEqual(minutesAgo(1));
  });
});

describe('minutesUntil', () => {
  it('rounds up to whole minutes and says at least one', () => {
    expect(minutesUntil(new Date(now.getTime() + 61_000), now)).toBe(2);
    expect(minutesUntil(new Date(now.getTime() + 60_000), now)).toBe(1);
    expect(minutesUntil(new Date(now.getTime() + 1), now)).toBe(1);
    expect(minutesUntil(now, now)).toBe(1);
  });
});

describe('accountKey', () => {
  it('is the same for any spelling of one email', () => {
    expect(accountKey('  Admin@Forum.Local ')).toBe('admin@forum.local');
  });
});
