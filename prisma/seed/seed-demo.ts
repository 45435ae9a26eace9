import { randomBytes } from 'node:crypto';
import { hashPassword } from '../../lib/auth/password';
import { createPrismaClient } from '../../lib/db/create-client';
import type { Prisma } from '../../lib/db/generated/client';
import { loadDemoContent } from './load-content';
import { writeDemoContent } from './write-demo-content';

export type SeedAdminInput = { email?: string; password?: string };
export type SeedResult = { seeded: boolean; admin?: { email: string; password: string } };

export const defaultAdminEmail = 'admin@forum.local';
// Names the advisory lock every seeding process takes (hashed to the lock's integer key by PostgreSQL).
export const seedLockName = 'forum-portal:seed-demo';

// 18 random bytes = 24 base64url characters, 144 bits: strong, and safe to paste from a terminal.
function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

// "Empty" means nobody has used the portal yet: no account and no content, deleted content included.
async function isEmpty(db: Prisma.TransactionClient): Promise<boolean> {
  const [users, announcements] = await Promise.all([db.user.count(), db.announcement.count()]);
  return users === 0 && announcements === 0;
}

/**
 * Fills an empty database with the demo content and an admin account, all in one transaction; leaves a
 * database that is in use untouched. The returned password is the only copy of it in clear text.
 */
export async function seedIfEmpty(databaseUrl: string, admin: SeedAdminInput): Promise<SeedResult> {
  const content = loadDemoContent();
  const prisma = createPrismaClient(databaseUrl);
  try {
    if (!(await isEmpty(prisma))) return { seeded: false };

    const email = (admin.email ?? defaultAdminEmail).trim().toLowerCase();
    const password = admin.password ?? generatePassword();
    const passwordHash = await hashPassword(password);

    const seeded = await prisma.$transaction(
      async (tx) => {
        // Two instances starting at once both saw an empty database above: the lock makes the second wait
        // for the first to commit, and the second check then sees its rows and backs off.
        await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext(${seedLockName}))`;
        if (!(await isEmpty(tx))) return false;

        const user = await tx.user.create({
          data: { email, name: 'Administrator', passwordHash, role: 'ADMIN' },
          select: { id: true },
        });
        const summary = await writeDemoContent(tx, content, user.id);
        await tx.auditEvent.create({
          data: { actorId: user.id, action: 'seed', targetType: 'database', targetId: 'demo-content', details: summary },
        });
        return true;
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
    return seeded ? { seeded: true, admin: { email, password } } : { seeded: false };
  } finally {
    await prisma.$disconnect();
  }
}
