import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, vi } from 'vitest';
import type { EditorRole, EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import type { Locale } from '../i18n/locales';
import { testDatabaseUrl } from './test-database';

// People and the database connection for the integration tests of the editor's announcement
// pages. Accounts are real rows (revisions and audit events name their author); emails carry a
// random tag because the database is shared with other test files.

export async function createEditorUser(prisma: PrismaClient, role: EditorRole, locales: Locale[] = []): Promise<EditorUser> {
  const email = `${role.toLowerCase()}-${randomBytes(5).toString('hex')}@example.test`;
  const user = await prisma.user.create({ data: { email, name: `${role} ${email}`, role, locales }, select: { id: true, name: true } });
  return { id: user.id, email, name: user.name, role, locales };
}

export type EditorTeam = { prisma: PrismaClient; admin: EditorUser; editor: EditorUser; translator: EditorUser };

/**
 * Registers the hooks of a test file: the app's own client (getPrisma()) pointed at the test
 * database, a client of the test's own for arranging rows, and an admin, an editor and a
 * translator (French and Arabic). The file must still mock 'server-only' itself (vi.mock is hoisted).
 */
export function setUpEditorTeam(): () => EditorTeam {
  let team: EditorTeam | undefined;
  beforeAll(async () => {
    vi.stubEnv('DATABASE_URL', testDatabaseUrl());
    const prisma = createPrismaClient(testDatabaseUrl());
    team = {
      prisma,
      admin: await createEditorUser(prisma, 'ADMIN'),
      editor: await createEditorUser(prisma, 'EDITOR'),
      translator: await createEditorUser(prisma, 'TRANSLATOR', ['fr', 'ar']),
    };
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await Promise.all([team?.prisma.$disconnect(), getPrisma().$disconnect()]);
  });
  return () => {
    if (!team) throw new Error('the editor team is not set up yet');
    return team;
  };
}
