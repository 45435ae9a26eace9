import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';

// Usable from the app and from command-line tools alike (no 'server-only' marker).
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
}
