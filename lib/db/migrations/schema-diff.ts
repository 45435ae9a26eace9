import { listMigrations, NO_FILTERS } from './migration-list';
import { withSchemaEngine } from './schema-engine';

// The SQL that takes a database built from prisma/migrations to what prisma/schema.prisma
// declares, as the engine writes it. Replaying the migrations needs a shadow database, which
// the adapter factory creates on the server of databaseUrl and drops afterwards.
export async function migrationsToSchemaScript(databaseUrl: string): Promise<string> {
  const migrationsList = await listMigrations();
  return withSchemaEngine(databaseUrl, async ({ engine, schema }) => {
    const result = await engine.diff({
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', ...schema },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    return result.stdout ?? '';
  });
}
