import 'server-only';
import type { PrismaClient } from './generated/client';
import { createPrismaClient } from './create-client';
import { readEnv } from '../env';

// One client per server process; Next's dev server re-evaluates modules, so keep it on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function databaseUrlOrThrow(): string {
  const url = readEnv().DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: start the portal with `npm start`.');
  return url;
}

export function getPrisma(): PrismaClient {
  globalForPrisma.prisma ??= createPrismaClient(databaseUrlOrThrow());
  return globalForPrisma.prisma;
}
