import { describeEngineError } from './engine-error';
import { migrationsToSchemaScript } from './schema-diff';

// Statements the engine writes for an empty diff are comments only ("-- This is an empty
// migration."), so an agreeing history and schema normalise to ''.
export function meaningfulSql(script: string): string {
  const statements = script
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .trim();
  return statements === '' ? '' : script.trim();
}

// The SQL needed to bring a database built from prisma/migrations to prisma/schema.prisma,
// or '' when they agree. Rules the schema cannot declare (check constraints, the revision
// trigger) live only in the migrations: the engine reads check constraints but leaves them out
// of the diff, and ignores functions and triggers, so they never count as drift here
// (drift.int.test.ts proves it against the real migrations).
export async function diffMigrationsAgainstSchema(databaseUrl: string): Promise<string> {
  try {
    return meaningfulSql(await migrationsToSchemaScript(databaseUrl));
  } catch (error) {
    throw new Error(`Comparing prisma/migrations with schema.prisma failed: ${describeEngineError(error)}`, {
      cause: error,
    });
  }
}
