import { seedIfEmpty } from '../../prisma/seed/seed-demo';
import { resolveDatabase } from '../db/resolve-database';
import { readEnv } from '../env';

// `npm run db:seed`: fills an empty database with the demo content and an admin account. A database that
// is already in use is left alone, so running this twice (or at every deploy) is harmless.
function describeError(error: unknown): string {
  // P2021 = "table does not exist": the usual cause is a database that was never migrated.
  if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2021') {
    return 'the database has no tables yet: run `npm run db:migrate` first';
  }
  if (!(error instanceof Error)) return String(error);
  // Prisma's messages open with a code excerpt and end with the cause; the cause is the useful line.
  const lines = error.message.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return lines.at(-1) ?? error.name;
}

async function main(): Promise<number> {
  const env = readEnv();
  const database = await resolveDatabase(env);
  try {
    const result = await seedIfEmpty(database.databaseUrl, { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD });
    if (!result.seeded || result.admin === undefined) {
      process.stdout.write('db:seed: the database already has users or announcements; nothing changed.\n');
      return 0;
    }
    // Print a generated password once, here: only its hash is stored. One from ADMIN_PASSWORD is the caller's own.
    const password = env.ADMIN_PASSWORD === undefined ? result.admin.password : '(the one in ADMIN_PASSWORD)';
    process.stdout.write(
      'db:seed: created the demo events, topics and announcements and an admin account.\n' +
        `  email:    ${result.admin.email}\n` +
        `  password: ${password}\n`,
    );
    return 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`db:seed failed: ${describeError(error)}\n`);
    process.exit(1);
  },
);
