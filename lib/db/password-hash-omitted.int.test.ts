import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../testing/test-database';
import { createUserRow } from '../users/user-fixtures';
import { createPrismaClient } from './create-client';
import type { PrismaClient } from './generated/client';

let prisma: PrismaClient;

beforeAll(() => {
  prisma = createPrismaClient(testDatabaseUrl());
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe('the Prisma client', () => {
  it('leaves password hashes out of queries that do not ask for them by name', async () => {
    const { id } = await createUserRow(prisma, 'EDITOR');
    const whole = await prisma.user.findUniqueOrThrow({ where: { id } });
    expect(whole).not.toHaveProperty('passwordHash');
    expect(whole.id).toBe(id);
    const listed = await prisma.user.findMany({ where: { id }, include: { auditEvents: true } });
    expect(listed[0]).not.toHaveProperty('passwordHash');
    const named = await prisma.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } });
    expect(named.passwordHash).toMatch(/^\$argon2id\$/);
  });
});
