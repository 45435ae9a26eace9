import 'server-only';
import { getPrisma } from '../db/client';
import { compareMigrations, migrationNames, type AppliedMigration, type MigrationState } from './migration-state';

export type Health = {
  status: 'ok' | 'unavailable';
  database: { reachable: boolean; latencyMs: number | null };
  migrations: MigrationState | { state: 'unknown' };
};

// A load balancer asks often and waits briefly: a database that takes longer than this counts as down.
const DATABASE_TIMEOUT_MS = 2_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

async function readAppliedMigrations(): Promise<AppliedMigration[]> {
  const rows = await getPrisma().$queryRaw<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }[]>`
    SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`;
  return rows.map((row) => ({ name: row.migration_name, finished: row.finished_at !== null, rolledBack: row.rolled_back_at !== null }));
}

/** Whether this instance can serve: the database answers and its schema is the one the code expects. */
export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    const recorded = await withTimeout(readAppliedMigrations(), DATABASE_TIMEOUT_MS);
    const latencyMs = Math.round(performance.now() - started);
    const migrations = compareMigrations(await migrationNames(), recorded);
    return {
      status: migrations.state === 'up-to-date' ? 'ok' : 'unavailable',
      database: { reachable: true, latencyMs },
      migrations,
    };
  } catch {
    return { status: 'unavailable', database: { reachable: false, latencyMs: null }, migrations: { state: 'unknown' } };
  }
}
