import { describe, expect, it } from 'vitest';
import { parseScheduleTime } from './schedule-time';

describe('parseScheduleTime', () => {
  it('reads a wall-clock time in the given time zone', () => {
    expect(parseScheduleTime('2026-12-01T09:30', 'Asia/Shanghai')?.toISOString()).toBe('2026-12-01T01:30:00.000Z');
    expect(parseScheduleTime('2026-07-01T12:00', 'Europe/Berlin')?.toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(parseScheduleTime('2026-01-15T12:00', 'Europe/Berlin')?.toISOString()).toBe('2026-01-15T11:00:00.000Z');
    expect(parseScheduleTime('2026-12-01T09:30')?.toISOString()).toBe('2026-12-01T09:30:00.000Z');
  });

  it('takes an ISO time with an offset as it stands', () => {
    expect(parseScheduleTime('2026-12-01T09:30:00+03:00', 'Asia/Tokyo')?.toISOString()).toBe('2026-12-01T06:30:00.000Z');
    expect(parseScheduleTime('2026-12-01T09:30:00Z')?.toISOString()).toBe('2026-12-01T09:30:00.000Z');
  });

  it.each(['', 'tomorrow', '2026-02-30T10:00', '2026-12-01T25:00', '2026-12-01 10:00', '2026-13-01T10:00'])(
    'refuses %j',
    (value) => {
      expect(parseScheduleTime(value)).toBeNull();
    },
  );

  it('refuses an unknown time zone', () => {
    expect(parseScheduleTime('2026-12-01T09:30', 'Mars/Olympus')).toBeNull();
  });
});
