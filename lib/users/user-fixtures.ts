import { randomBytes } from 'node:crypto';
import type { EditorUser } from '../auth/editor-user';
import { hashPassword } from '../auth/password';
import type { PrismaClient } from '../db/generated/client';
import type { Locale } from '../i18n/locales';
import type { Role } from './schema';

// Test support: accounts written straight to the database, each with a unique email.
export const fixturePassword = 'fixture password 123';

export type FixtureUser = EditorUser & { sessionVersion: number };

export async function createUserRow(
  prisma: PrismaClient,
  role: Role,
  options: { locales?: Locale[]; password?: string; disabled?: boolean } = {},
): Promise<FixtureUser> {
  const email = `${role.toLowerCase()}-${randomBytes(5).toString('hex')}@example.test`;
  const user = await prisma.user.create({
    data: {
      email,
      role,
      locales: options.locales ?? [],
      passwordHash: await hashPassword(options.password ?? fixturePassword),
      disabledAt: options.disabled ? new Date() : null,
    },
    select: { id: true, email: true, name: true, role: true, locales: true, sessionVersion: true },
  });
  return { ...user, locales: (options.locales ?? []) as Locale[] };
}
