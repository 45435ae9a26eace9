import { applyMigrations } from '../db/migrations/apply';
import { describeEngineError } from '../db/migrations/engine-error';
import { resolveDatabase, type ResolvedDatabase } from '../db/resolve-database';
import { readEnv } from '../env';

// `npm run db:migrate`: applies the pending prisma/migrations to DATABASE_URL, or to the embedded
// server when it is unset, like `prisma migrate deploy` (whose native engine cannot be installed here).
let database: ResolvedDatabase | undefined;

function summary(applied: string[]): string {
  if (applied.length === 0) return 'Database is up to date';
  const noun = applied.length === 1 ? 'migration' : 'migrations';
  return `Applied ${applied.length} ${noun}: ${applied.join(', ')}`;
}

async function main(): Promise<void> {
  database = await resolveDatabase(readEnv());
  for (const notice of database.notices) process.stderr.write(`db:migrate: ${notice}\n`);
  const applied = await applyMigrations(database.databaseUrl);
  process.stdout.write(`${summary(applied)} — ${database.description}\n`);
}

let finishing = false;

// Exits explicitly in every case: the exit code must not depend on what else is still pending.
async function finish(code: number, error?: unknown): Promise<void> {
  if (finishing) return;
  finishing = true;
  if (error !== undefined) process.stderr.write(`db:migrate: ${describeEngineError(error)}\n`);
  await database?.stop().catch((stopError: unknown) => {
    process.stderr.write(`db:migrate: stopping the database failed: ${describeEngineError(stopError)}\n`);
  });
  process.exit(code);
}

// A panic inside the schema engine surfaces outside any promise.
process.on('uncaughtException', (error) => void finish(1, error));
main().then(
  () => finish(0),
  (error: unknown) => finish(1, error),
);
