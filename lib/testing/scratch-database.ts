import { randomBytes } from 'node:crypto';
import { quoteIdentifier, runAdminStatement, withDatabaseName } from '../db/migrations/admin-connection';
import { applyMigrations } from '../db/migrations/apply';
import { startEmbeddedPostgres } from '../db/embedded';
import { readEnv } from '../env';

type Server = { adminUrl: string; stop(): Promise<void> };

export type ScratchDatabase = { url: string; dispose(): Promise<void> };

// Apart from the app's own embedded server (.data/postgres, EMBEDDED_PG_PORT), so a test run
// never touches a developer's data.
const TEST_DATA_DIR = '.data/test-postgres';
const TEST_PORT = 5434;

async function startServer(): Promise<Server> {
  const { DATABASE_URL } = readEnv();
  if (DATABASE_URL) return { adminUrl: DATABASE_URL, stop: async () => {} };
  return startEmbeddedPostgres({ dataDir: TEST_DATA_DIR, port: TEST_PORT });
}

/**
 * A fresh, uniquely named and migrated database on the server of DATABASE_URL (or on an embedded
 * test server when it is unset), so concurrent runs and the developer's data never meet. dispose()
 * drops it even if connections are still open.
 */
export async function createScratchDatabase(prefix: string): Promise<ScratchDatabase> {
  const server = await startServer();
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const dispose = async () => {
    try {
      await runAdminStatement(server.adminUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    } finally {
      await server.stop();
    }
  };
  try {
    await runAdminStatement(server.adminUrl, `CREATE DATABASE ${quoteIdentifier(name)}`);
    const url = withDatabaseName(server.adminUrl, name);
    await applyMigrations(url);
    return { url, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
