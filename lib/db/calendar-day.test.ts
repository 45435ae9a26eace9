import { describe, expect, it } from 'vitest';
import { calendarDay } from './calendar-day';

describe('calendarDay', () => {
  it('is the UTC midnight of the day written', () => {
    expect(calendarDay('2024-09-09').toISOString()).toBe('2024-09-09T00:00:00.000Z');
  });
});
