import pg from 'pg';
import { quoteIdentifier } from '../db/migrations/admin-connection';
import { applyMigrations } from '../db/migrations/apply';
import { listMigrations } from '../db/migrations/migration-list';
import { removeMedia } from '../media/storage';
import { ArchiveError } from './archive-format';
import { openArchive } from './archive-reader';
import { appliedMigrations, listAllTables, listBackupTables } from './database-catalog';
import { insertArchiveLines } from './insert-rows';

export type RestoreOptions = { databaseUrl: string; mediaDirectory: string; file: string };
export type RestoreSummary = { rows: Record<string, number>; media: number; passwordHashes: boolean; users: number };

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function describeList(names: readonly string[]): string {
  return names.length > 0 ? names.join(', ') : '(none)';
}

async function firstNonEmptyTable(client: pg.Client): Promise<string | null> {
  for (const table of await listAllTables(client)) {
    const { rowCount } = await client.query(`SELECT 1 FROM ${quoteIdentifier(table)} LIMIT 1`);
    if (rowCount) return table;
  }
  return null;
}

/**
 * Loads an archive into an empty database and media folder. Refuses a database with any row in it
 * and an archive made by a checkout with other migrations. Rows go in within one transaction and
 * media files are removed again on any failure, so a damaged or cut-short archive leaves nothing.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const archive = await openArchive(options.file);
  const client = new pg.Client({ connectionString: options.databaseUrl });
  const writtenMedia: string[] = [];
  try {
    const checkout = (await listMigrations()).migrationDirectories.map((directory) => directory.path);
    if (!sameList(archive.header.migrations, checkout)) {
      throw new ArchiveError(
        `the archive was made with the migrations ${describeList(archive.header.migrations)}; this checkout has ${describeList(checkout)}: restore with the version of the portal that made it`,
      );
    }
    await client.connect();
    const nonEmpty = await firstNonEmptyTable(client);
    if (nonEmpty) throw new Error(`the database is not empty (the table ${nonEmpty} has rows): restore only into an empty database`);
    if ((await appliedMigrations(client)).length === 0) await applyMigrations(options.databaseUrl);
    const applied = await appliedMigrations(client);
    if (!sameList(applied, checkout)) {
      throw new Error(`the database has the migrations ${describeList(applied)}, not those of this checkout: restore into a new database`);
    }
    const known = await listBackupTables(client);
    const unknown = archive.header.tables.filter((table) => !known.includes(table));
    if (unknown.length > 0) throw new ArchiveError(`the archive has tables this database lacks: ${unknown.join(', ')}`);

    await client.query('BEGIN');
    try {
      const rows = await insertArchiveLines(client, archive, options.mediaDirectory, writtenMedia);
      await client.query('COMMIT');
      return { rows, media: writtenMedia.length, passwordHashes: archive.header.passwordHashes, users: rows.users ?? 0 };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } catch (error) {
    for (const key of writtenMedia) await removeMedia(key, options.mediaDirectory).catch(() => undefined);
    throw error;
  } finally {
    archive.close();
    await client.end().catch(() => undefined);
  }
}
