import { describeEngineError } from './engine-error';
import { listMigrations, NO_FILTERS } from './migration-list';
import { withSchemaEngine } from './schema-engine';

// What `prisma migrate deploy` does: applies the pending prisma/migrations/*/migration.sql in
// order and records each in _prisma_migrations. Safe at every start: nothing pending, nothing done.
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  try {
    const migrationsList = await listMigrations();
    return await withSchemaEngine(databaseUrl, async ({ engine }) => {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return appliedMigrationNames;
    });
  } catch (error) {
    throw new Error(`Applying migrations failed: ${describeEngineError(error)}`, { cause: error });
  }
}
