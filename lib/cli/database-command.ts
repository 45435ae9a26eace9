import { describeEngineError } from '../db/migrations/engine-error';
import { resolveDatabase, type ResolvedDatabase } from '../db/resolve-database';
import { readEnv } from '../env';

/**
 * Runs one database command of the CLI: resolves the database (DATABASE_URL or the embedded server),
 * runs the task, prints errors as one line, stops the database and exits explicitly in every case, so
 * the exit code never depends on what else is still pending.
 */
export function runDatabaseCommand(label: string, task: (database: ResolvedDatabase) => Promise<void>): void {
  let database: ResolvedDatabase | undefined;
  let finishing = false;

  async function finish(code: number, error?: unknown): Promise<void> {
    if (finishing) return;
    finishing = true;
    if (error !== undefined) process.stderr.write(`${label}: ${describeEngineError(error)}\n`);
    await database?.stop().catch((stopError: unknown) => {
      process.stderr.write(`${label}: stopping the database failed: ${describeEngineError(stopError)}\n`);
    });
    process.exit(code);
  }

  async function main(): Promise<void> {
    database = await resolveDatabase(readEnv());
    for (const notice of database.notices) process.stderr.write(`${label}: ${notice}\n`);
    await task(database);
  }

  // A panic inside the schema engine surfaces outside any promise.
  process.on('uncaughtException', (error) => void finish(1, error));
  main().then(
    () => finish(0),
    (error: unknown) => finish(1, error),
  );
}
