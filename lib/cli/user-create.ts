import { createPrismaClient } from '../db/create-client';
import { parseUserCreateCommand, type UserCreateCommand } from '../users/command-line';
import { insertUser } from '../users/insert-user';
import { runDatabaseCommand } from './database-command';

// `npm run user:create -- --email a@b.c --role admin [--name …] [--locales zh,ar]`: adds an editor
// account. It never reads stdin, so it runs the same in scripts: the password comes from
// FORUM_PORTAL_PASSWORD (a secret handed to this command only, so it is read here rather than in
// lib/env.ts) or is generated and printed once.
let command: UserCreateCommand;
try {
  command = parseUserCreateCommand(process.argv.slice(2), process.env.FORUM_PORTAL_PASSWORD);
} catch (error) {
  process.stderr.write(`user:create: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

runDatabaseCommand('user:create', async (database) => {
  const prisma = createPrismaClient(database.databaseUrl);
  try {
    const { input, password, generated } = command;
    const outcome = await insertUser(prisma, input, password, null);
    if (!outcome.ok) throw new Error(`a user with the email ${input.email} exists already`);
    const locales = input.role === 'TRANSLATOR' ? ` for ${input.locales.join(', ')}` : '';
    process.stdout.write(
      `user:create: created ${input.role.toLowerCase()} ${input.email}${locales}\n` +
        `  password: ${generated ? `${password}  (generated, shown only now)` : '(the one in FORUM_PORTAL_PASSWORD)'}\n`,
    );
  } finally {
    await prisma.$disconnect();
  }
});
