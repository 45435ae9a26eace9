import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import pg from 'pg';
import { listBackupTables } from '../backup/database-catalog';
import { quoteIdentifier, runAdminStatement, withDatabaseName } from '../db/migrations/admin-connection';

// Helpers of the backup round-trip test: reading whole tables to compare, an unmigrated database,
// and archives damaged on purpose.

async function withClient<T>(url: string, task: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await task(client);
  } finally {
    await client.end();
  }
}

/** The tables an archive of the database at `url` holds. */
export async function listTables(url: string): Promise<string[]> {
  return withClient(url, listBackupTables);
}

/** Foreign keys and other constraints with their definitions: a restore drops and recreates the foreign keys. */
export async function listConstraints(url: string): Promise<string[]> {
  const rows = await runStatement<{ constraint: string }>(
    url,
    `SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS constraint
     FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1`,
  );
  return rows.map((row) => row.constraint);
}

/** Every row of `table` as PostgreSQL's canonical JSON text, sorted: equal lists mean equal tables. */
export async function readTable(url: string, table: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ row: string }>(`SELECT to_jsonb(t)::text AS row FROM ${quoteIdentifier(table)} t`);
    return rows.map((row) => row.row).sort();
  });
}

/** The same rows with the users' password hashes set to null, as an archive without them holds them. */
export async function readUsersWithoutHashes(url: string): Promise<string[]> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ row: string }>(`SELECT jsonb_set(to_jsonb(t), '{password_hash}', 'null')::text AS row FROM users t`);
    return rows.map((row) => row.row).sort();
  });
}

export async function runStatement<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  return withClient(url, async (client) => (await client.query<T>(sql, values)).rows);
}

/** A new database with no tables at all, on the server of `serverUrl`. */
export async function createBareDatabase(serverUrl: string): Promise<{ url: string; dispose(): Promise<void> }> {
  const name = `forum_backup_bare_${randomBytes(6).toString('hex')}`;
  await runAdminStatement(serverUrl, `CREATE DATABASE ${quoteIdentifier(name)}`);
  return {
    url: withDatabaseName(serverUrl, name),
    dispose: () => runAdminStatement(serverUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`),
  };
}

/** The archive without its last line (the end marker), compressed again: cut short at a line boundary. */
export async function writeWithoutLastLine(archive: string, target: string): Promise<void> {
  const lines = gunzipSync(await readFile(archive)).toString('utf8').split('\n').filter((line) => line !== '');
  await writeFile(target, gzipSync(`${lines.slice(0, -1).join('\n')}\n`));
}

/** The first half of the archive's compressed bytes, as an interrupted copy leaves it. */
export async function writeFirstHalf(archive: string, target: string): Promise<void> {
  const bytes = await readFile(archive);
  await writeFile(target, bytes.subarray(0, Math.floor(bytes.length / 2)));
}
