import { describe, expect, it } from 'vitest';
import { percentile, spreadOf } from './stats';

describe('benchmark statistics', () => {
  it('gives min, median and max of odd and even counts', () => {
    expect(spreadOf([3, 1, 2])).toEqual({ min: 1, median: 2, max: 3 });
    expect(spreadOf([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4 });
  });

  it('computes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 0.95)).toBe(95);
    expect(percentile(values, 0.5)).toBe(50);
    expect(percentile([7], 0.99)).toBe(7);
  });

  it('refuses empty samples', () => {
    expect(() => spreadOf([])).toThrow();
    expect(() => percentile([], 0.5)).toThrow();
  });
});
