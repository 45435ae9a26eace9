import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPrisma } from '../db/client';
import { testDatabaseUrl } from '../testing/test-database';
import { checkHealth } from './health';
import { migrationNames } from './migration-state';

vi.mock('server-only', () => ({}));

// getPrisma keeps one client per process on globalThis; each case starts from its own.
async function forgetClient(): Promise<void> {
  await getPrisma().$disconnect();
  Reflect.deleteProperty(globalThis, 'prisma');
}

afterEach(async () => {
  await forgetClient();
  vi.unstubAllEnvs();
});

describe('checkHealth', () => {
  it('is ok on a migrated database, with every migration of the checkout applied', async () => {
    vi.stubEnv('DATABASE_URL', testDatabaseUrl());
    const health = await checkHealth();
    expect(health.status).toBe('ok');
    expect(health.database.reachable).toBe(true);
    expect(health.migrations).toEqual({ state: 'up-to-date', applied: (await migrationNames()).length, pending: [], failed: [] });
  });

  it('is unavailable, without an error, when the database does not answer', async () => {
    vi.stubEnv('DATABASE_URL', 'postgresql://postgres@127.0.0.1:1/nowhere');
    const health = await checkHealth();
    expect(health).toEqual({ status: 'unavailable', database: { reachable: false, latencyMs: null }, migrations: { state: 'unknown' } });
  });
});
