import path from 'node:path';
import { createMigration, migrationDirectoryName } from '../db/migrations/create';
import { describeEngineError } from '../db/migrations/engine-error';
import { runDatabaseCommand } from './database-command';

// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the
// SQL that brings the migrations to prisma/schema.prisma, like `prisma migrate dev --create-only`.
// The database only hosts the temporary shadow database; it is not migrated.
const name = process.argv[2];
try {
  if (name === undefined || process.argv.length > 3) throw new Error('usage: npm run db:migration -- <name>');
  migrationDirectoryName(name);
} catch (error) {
  process.stderr.write(`db:migration: ${describeEngineError(error)}\n`);
  process.exit(1);
}

runDatabaseCommand('db:migration', async (database) => {
  const file = await createMigration(database.databaseUrl, name ?? '');
  if (file === null) {
    process.stdout.write('No schema changes: prisma/migrations already matches prisma/schema.prisma\n');
    return;
  }
  process.stdout.write(`Wrote ${path.relative(process.cwd(), file)}\nReview it, then run \`npm run db:migrate\`.\n`);
});
