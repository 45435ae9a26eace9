import { readdir } from 'node:fs/promises';
import { migrationsDir } from '../db/migrations/paths';

export type AppliedMigration = { name: string; finished: boolean; rolledBack: boolean };
export type MigrationState = {
  state: 'up-to-date' | 'pending' | 'failed';
  applied: number;
  /** In the checkout, not yet applied. */
  pending: string[];
  /** Started and never finished nor rolled back: the database needs a look. */
  failed: string[];
};

/** The migration folders of this checkout, oldest first. */
export async function migrationNames(): Promise<string[]> {
  const entries = await readdir(migrationsDir(), { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

/** Compares the checkout's migrations with what `_prisma_migrations` records as applied. */
export function compareMigrations(inCheckout: readonly string[], recorded: readonly AppliedMigration[]): MigrationState {
  const applied = new Set(recorded.filter((row) => row.finished && !row.rolledBack).map((row) => row.name));
  const failed = recorded.filter((row) => !row.finished && !row.rolledBack).map((row) => row.name);
  const pending = inCheckout.filter((name) => !applied.has(name));
  return {
    state: failed.length > 0 ? 'failed' : pending.length > 0 ? 'pending' : 'up-to-date',
    applied: applied.size,
    pending,
    failed,
  };
}
