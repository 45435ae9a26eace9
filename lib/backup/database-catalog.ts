import type pg from 'pg';
import { quoteIdentifier } from '../db/migrations/admin-connection';

// What a backup reads about the database's structure, from PostgreSQL's catalog rather than a list
// kept by hand, so a table added by a later migration is backed up without anyone remembering to.

/**
 * Tables whose rows are not worth keeping: sign-in throttling, Auth.js sessions and one-time tokens.
 * They are not exported, and a restored database starts with them empty.
 */
export const TRANSIENT_TABLES: readonly string[] = ['login_failures', 'sessions', 'verification_tokens'];

const MIGRATIONS_TABLE = '_prisma_migrations';

type Queryable = Pick<pg.ClientBase, 'query'>;

/** Every table of the public schema except Prisma's migration log, sorted by name. */
export async function listAllTables(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND c.relname <> $1
     ORDER BY c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((row) => row.name);
}

/** The tables a backup holds: all but the transient ones. */
export async function listBackupTables(db: Queryable): Promise<string[]> {
  return (await listAllTables(db)).filter((table) => !TRANSIENT_TABLES.includes(table));
}

/** The primary key's columns, quoted, for a stable export order (empty for a table without one). */
export async function primaryKeyColumns(db: Queryable, table: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i
     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
     WHERE i.indrelid = $1::regclass AND i.indisprimary
     ORDER BY array_position(i.indkey, a.attnum)`,
    [quoteIdentifier(table)],
  );
  return rows.map((row) => quoteIdentifier(row.name));
}

/** Names of the migrations applied to the database, in order; empty when it has never been migrated. */
export async function appliedMigrations(db: Queryable): Promise<string[]> {
  const exists = await db.query(`SELECT 1 FROM pg_class WHERE relname = $1 AND relnamespace = 'public'::regnamespace`, [MIGRATIONS_TABLE]);
  if (exists.rowCount === 0) return [];
  const { rows } = await db.query<{ name: string }>(
    `SELECT migration_name AS name FROM ${quoteIdentifier(MIGRATIONS_TABLE)}
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.name);
}

export type ForeignKey = { table: string; name: string; definition: string };

/** Every foreign key of the public schema with the SQL that recreates it. */
export async function listForeignKeys(db: Queryable): Promise<ForeignKey[]> {
  const { rows } = await db.query<ForeignKey>(
    `SELECT conrelid::regclass::text AS "table", conname AS name, pg_get_constraintdef(oid) AS definition
     FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace ORDER BY conname`,
  );
  return rows;
}

/** Columns whose default draws from a sequence (BIGSERIAL ids), with that sequence. */
export async function listSequenceColumns(db: Queryable): Promise<{ table: string; column: string; sequence: string }[]> {
  const { rows } = await db.query<{ table: string; column: string; sequence: string }>(
    `SELECT c.relname AS "table", a.attname AS "column", pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
     FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
       AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
  );
  return rows;
}
