import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { meaningfulSql } from './drift';
import { describeEngineError } from './engine-error';
import { writeLockfile } from './migration-list';
import { migrationsDir } from './paths';
import { migrationsToSchemaScript } from './schema-diff';

const NAME_PATTERN = /^[A-Za-z0-9_-]{1,100}$/;

// Prisma's own naming, so `prisma migrate` tooling sorts these folders the same way.
function timestamp(now: Date): string {
  return now.toISOString().replace(/\D/g, '').slice(0, 14);
}

export function migrationDirectoryName(name: string, now: Date = new Date()): string {
  if (!NAME_PATTERN.test(name)) {
    throw new Error(`Invalid migration name "${name}": use 1-100 letters, digits, _ or -`);
  }
  return `${timestamp(now)}_${name.toLowerCase().replaceAll('-', '_')}`;
}

// Writes prisma/migrations/<timestamp>_<name>/migration.sql with what schema.prisma adds to
// the migrations, or returns null when they already agree. The database only hosts the
// temporary shadow database the engine replays the migrations into; it is not migrated.
export async function createMigration(databaseUrl: string, name: string): Promise<string | null> {
  const directory = path.join(migrationsDir(), migrationDirectoryName(name));
  let script: string;
  try {
    script = meaningfulSql(await migrationsToSchemaScript(databaseUrl));
  } catch (error) {
    throw new Error(`Creating migration failed: ${describeEngineError(error)}`, { cause: error });
  }
  if (script === '') return null;
  await writeLockfile();
  await mkdir(directory);
  const file = path.join(directory, 'migration.sql');
  await writeFile(file, `${script}\n`, 'utf8');
  return file;
}
