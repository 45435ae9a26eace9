import type pg from 'pg';
import { quoteIdentifier } from '../db/migrations/admin-connection';
import { ArchiveError } from './archive-format';
import type { OpenArchive } from './archive-reader';
import { listForeignKeys, listSequenceColumns } from './database-catalog';
import { writeNewMediaFile } from './media-files';

const BATCH_SIZE = 500;

/**
 * Inserts the archive's rows and writes its media files, inside the caller's transaction. Foreign
 * keys are dropped first and recreated at the end (which checks every row against them): the
 * schema has cycles (a translation names its live revision, a revision its translation), so no
 * table order would satisfy them row by row. Keys of written media files are pushed to
 * `writtenMedia` as they are written, so the caller can remove them if anything fails.
 */
export async function insertArchiveLines(client: pg.ClientBase, archive: OpenArchive, mediaDirectory: string, writtenMedia: string[]): Promise<Record<string, number>> {
  const foreignKeys = await listForeignKeys(client);
  for (const key of foreignKeys) await client.query(`ALTER TABLE ${key.table} DROP CONSTRAINT ${quoteIdentifier(key.name)}`);

  const rows: Record<string, number> = Object.fromEntries(archive.header.tables.map((table) => [table, 0]));
  const pending: { table: string; rows: Record<string, unknown>[] } = { table: '', rows: [] };
  const flush = async () => {
    if (pending.rows.length === 0) return;
    const table = quoteIdentifier(pending.table);
    await client.query(`INSERT INTO ${table} SELECT * FROM jsonb_populate_recordset(NULL::${table}, $1::jsonb)`, [JSON.stringify(pending.rows)]);
    rows[pending.table] = (rows[pending.table] ?? 0) + pending.rows.length;
    pending.rows = [];
  };

  for await (const line of archive.lines) {
    if (line.kind === 'media') {
      await flush();
      await writeNewMediaFile(mediaDirectory, line.key, line.bytes);
      writtenMedia.push(line.key);
      continue;
    }
    if (!archive.header.tables.includes(line.table)) throw new ArchiveError(`a row of the table ${line.table}, which the header does not list`);
    if (pending.table !== line.table || pending.rows.length >= BATCH_SIZE) {
      await flush();
      pending.table = line.table;
    }
    pending.rows.push(line.row);
  }
  await flush();

  for (const key of foreignKeys) await client.query(`ALTER TABLE ${key.table} ADD CONSTRAINT ${quoteIdentifier(key.name)} ${key.definition}`);
  // Restored rows carry their ids; the next id drawn must come after the largest of them.
  for (const { table, column, sequence } of await listSequenceColumns(client)) {
    await client.query(`SELECT setval($1, COALESCE((SELECT max(${quoteIdentifier(column)}) FROM ${quoteIdentifier(table)}), 0) + 1, false)`, [sequence]);
  }
  return rows;
}
