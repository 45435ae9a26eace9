import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { quoteIdentifier } from '../db/migrations/admin-connection';
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, formatHeader, formatMediaLine, formatRowLine, formatTrailer } from './archive-format';
import { appliedMigrations, listBackupTables, primaryKeyColumns } from './database-catalog';
import { readMediaFile } from './media-files';

// Rows are read through a cursor in batches, so a large table never sits in memory at once.
const BATCH_SIZE = 500;

export type ExportOptions = { databaseUrl: string; mediaDirectory: string; file: string; withPasswordHashes: boolean };
export type ExportSummary = { rows: Record<string, number>; media: number; missingMedia: string[]; users: number };

// Without --with-password-hashes the column is written as null: the archive can then be handed
// around without exposing anyone's password to offline guessing.
function rowExpression(table: string, withPasswordHashes: boolean): string {
  if (table === 'users' && !withPasswordHashes) return `jsonb_set(to_jsonb(t), '{password_hash}', 'null')`;
  return 'to_jsonb(t)';
}

/**
 * Writes the whole database (except transient tables) and its media files to a gzip-compressed
 * NDJSON archive. Everything is read in one REPEATABLE READ transaction, so the archive is one
 * consistent moment even while the portal keeps running. The file appears only when complete.
 */
export async function exportBackup(options: ExportOptions): Promise<ExportSummary> {
  if (await stat(options.file).then(() => true, () => false)) throw new Error(`${options.file} exists already`);
  const temporary = `${options.file}.part`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(temporary, { flags: 'wx' }));
  // Awaited below; this only keeps an early failure (the file cannot be created) from being unhandled meanwhile.
  written.catch(() => undefined);
  const write = async (text: string) => {
    if (!gzip.write(text)) await once(gzip, 'drain');
  };
  const client = new pg.Client({ connectionString: options.databaseUrl });
  try {
    await client.connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await listBackupTables(client);
    const migrations = await appliedMigrations(client);
    await write(formatHeader({ format: ARCHIVE_FORMAT, version: ARCHIVE_VERSION, exportedAt: new Date().toISOString(), migrations, tables, passwordHashes: options.withPasswordHashes }));

    const rows: Record<string, number> = {};
    for (const table of tables) {
      const order = await primaryKeyColumns(client, table);
      const orderBy = order.length > 0 ? ` ORDER BY ${order.map((column) => `t.${column}`).join(', ')}` : '';
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${rowExpression(table, options.withPasswordHashes)}::text AS row FROM ${quoteIdentifier(table)} t${orderBy}`);
      rows[table] = 0;
      for (;;) {
        const batch = await client.query<{ row: string }>(`FETCH ${BATCH_SIZE} FROM backup_rows`);
        for (const { row } of batch.rows) await write(formatRowLine(table, row));
        rows[table] += batch.rows.length;
        if (batch.rows.length < BATCH_SIZE) break;
      }
      await client.query('CLOSE backup_rows');
    }

    const keys = tables.includes('media') ? (await client.query<{ key: string }>('SELECT storage_key AS key FROM media ORDER BY storage_key')).rows : [];
    const missingMedia: string[] = [];
    for (const { key } of keys) {
      const bytes = await readMediaFile(options.mediaDirectory, key);
      if (bytes) await write(formatMediaLine(key, bytes));
      else missingMedia.push(key);
    }
    await client.query('COMMIT');
    const media = keys.length - missingMedia.length;
    await write(formatTrailer({ end: true, rows, media }));
    gzip.end();
    await written;
    await rename(temporary, options.file);
    return { rows, media, missingMedia, users: rows.users ?? 0 };
  } catch (error) {
    gzip.destroy();
    await written.catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
