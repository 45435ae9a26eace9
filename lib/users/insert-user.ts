import type { PrismaClient } from '../db/generated/client';
import { hashPassword } from '../auth/password';
import type { CreateUserInput } from './schema';

export type InsertUserOutcome = { ok: true; userId: string } | { ok: false; reason: 'emailTaken' };

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}

/**
 * Creates an account with its audit event, for the users page and `npm run user:create` alike
 * (actorId null: created from the command line). The email is unique whatever its case.
 */
export async function insertUser(
  db: PrismaClient,
  input: CreateUserInput,
  password: string,
  actorId: string | null,
): Promise<InsertUserOutcome> {
  const passwordHash = await hashPassword(password);
  try {
    const userId = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, locales: input.locales, passwordHash },
        select: { id: true },
      });
      await tx.auditEvent.create({
        data: {
          actorId,
          action: 'user.create',
          targetType: 'user',
          targetId: user.id,
          details: { email: input.email, role: input.role, locales: input.locales },
        },
      });
      return user.id;
    });
    return { ok: true, userId };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: 'emailTaken' };
    throw error;
  }
}
