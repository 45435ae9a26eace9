import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../testing/test-database';
import { applyMigrations } from './apply';
import { diffMigrationsAgainstSchema } from './drift';
import { listMigrations } from './migration-list';

type AppliedRow = { migration_name: string; checksum: string; finished: boolean; rolled_back: boolean; steps: number };

async function appliedMigrations(): Promise<AppliedRow[]> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished,
              rolled_back_at IS NOT NULL AS rolled_back, applied_steps_count AS steps
       FROM _prisma_migrations ORDER BY migration_name`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

// The test database was migrated by lib/testing/integration-global-setup.ts with applyMigrations.
describe('prisma/migrations', () => {
  it('agree with prisma/schema.prisma (a schema change without its migration fails here)', async () => {
    expect(await diffMigrationsAgainstSchema(testDatabaseUrl())).toBe('');
  });

  it('are all applied already, so applying again does nothing', async () => {
    expect(await applyMigrations(testDatabaseUrl())).toEqual([]);
  });

  it('are recorded in _prisma_migrations as `prisma migrate deploy` records them', async () => {
    const { baseDir, migrationDirectories } = await listMigrations();
    const expected = await Promise.all(
      migrationDirectories.map(async ({ path: name }) => ({
        migration_name: name,
        checksum: createHash('sha256')
          .update(await readFile(path.join(baseDir, name, 'migration.sql')))
          .digest('hex'),
        finished: true,
        rolled_back: false,
        steps: 1,
      })),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await appliedMigrations()).toEqual(expected);
  });
});
