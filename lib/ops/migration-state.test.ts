import { describe, expect, it } from 'vitest';
import { compareMigrations } from './migration-state';

const done = (name: string) => ({ name, finished: true, rolledBack: false });

describe('compareMigrations', () => {
  it('is up to date when every migration of the checkout is applied', () => {
    expect(compareMigrations(['a', 'b'], [done('a'), done('b')])).toEqual({ state: 'up-to-date', applied: 2, pending: [], failed: [] });
  });

  it('lists what the checkout has and the database lacks, rolled-back ones included', () => {
    const state = compareMigrations(['a', 'b', 'c'], [done('a'), { name: 'b', finished: false, rolledBack: true }]);
    expect(state).toEqual({ state: 'pending', applied: 1, pending: ['b', 'c'], failed: [] });
  });

  it('reports a migration that started and never finished as failed', () => {
    const state = compareMigrations(['a', 'b'], [done('a'), { name: 'b', finished: false, rolledBack: false }]);
    expect(state.state).toBe('failed');
    expect(state.failed).toEqual(['b']);
  });

  it('does not count migrations the database has from a newer checkout as pending', () => {
    expect(compareMigrations(['a'], [done('a'), done('z')]).state).toBe('up-to-date');
  });
});
