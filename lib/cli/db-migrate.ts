import { applyMigrations } from '../db/migrations/apply';
import { refreshSearchDocumentsAt } from '../search/refresh-search-documents';
import { runDatabaseCommand } from './database-command';

// `npm run db:migrate`: applies the pending prisma/migrations to DATABASE_URL, or to the embedded
// server when it is unset, like `prisma migrate deploy` (whose native engine cannot be installed here).
function summary(applied: string[]): string {
  if (applied.length === 0) return 'Database is up to date';
  const noun = applied.length === 1 ? 'migration' : 'migrations';
  return `Applied ${applied.length} ${noun}: ${applied.join(', ')}`;
}

runDatabaseCommand('db:migrate', async (database) => {
  const applied = await applyMigrations(database.databaseUrl);
  process.stdout.write(`${summary(applied)} — ${database.description}\n`);
  // Search documents are written by the app, not by SQL: fill those a migration left empty.
  const indexed = await refreshSearchDocumentsAt(database.databaseUrl);
  if (indexed > 0) process.stdout.write(`Indexed ${indexed} translations for search\n`);
});
