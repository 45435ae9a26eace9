import path from 'node:path';
import { createMigration, migrationDirectoryName } from '../db/migrations/create';
import { describeEngineError } from '../db/migrations/engine-error';
import { resolveDatabase, type ResolvedDatabase } from '../db/resolve-database';
import { readEnv } from '../env';

// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL that brings the migrations to prisma/schema.prisma, like `prisma migrate dev --create-only`.
// The database only hosts the temporary shadow database; it is not migrated.
let database: ResolvedDatabase | undefined;

async function main(): Promise<void> {
  const name = process.argv[2];
  if (name === undefined || process.argv.length > 3) throw new Error('usage: npm run db:migration -- <name>');
  migrationDirectoryName(name);
  database = await resolveDatabase(readEnv());
  for (const notice of database.notices) process.stderr.write(`db:migration: ${notice}\n`);
  const file = await createMigration(database.databaseUrl, name);
  if (file === null) {
    process.stdout.write('No schema changes: prisma/migrations already matches prisma/schema.prisma\n');
    return;
  }
  process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\nReview it, then run \`npm run db:migrate\`.\n`);
}

let finishing = false;

// Exits explicitly in every case: the exit code must not depend on what else is still pending.
async function finish(code: number, error?: unknown): Promise<void> {
  if (finishing) return;
  finishing = true;
  if (error !== undefined) process.stderr.write(`db:migration: ${describeEngineError(error)}\n`);
  await database?.stop().catch((stopError: unknown) => {
    process.stderr.write(`db:migration: stopping the database failed: ${describeEngineError(stopError)}\n`);
  });
  process.exit(code);
}

// A panic inside the schema engine surfaces outside any promise.
process.on('uncaughtException', (error) => void finish(1, error));
main().then(
  () => finish(0),
  (error: unknown) => finish(1, error),
);
