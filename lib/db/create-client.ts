import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

// Usable from the app and from command-line tools alike (no 'server-only' marker).
//
// Password hashes are left out of every query's result unless a query asks for them by name
// (`select: { passwordHash: true }`), which only lib/auth/password-check.ts does: a query written
// without a select cannot carry them out of lib/auth.
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl }),
    omit: { user: { passwordHash: true } },
  });
}
