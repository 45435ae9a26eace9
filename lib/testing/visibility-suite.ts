import { afterAll, beforeAll, vi } from 'vitest';
import { getPrisma } from '../db/client';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import { testDatabaseUrl } from './test-database';
import { createVisibilityFixtures, type VisibilityFixtures } from './visibility-fixtures';

/**
 * Registers the hooks of a test file that reads through the app's own Prisma client (getPrisma(),
 * pointed at the test database) over the visibility fixtures. The returned function gives the
 * fixtures once beforeAll has run. The file must still mock 'server-only' itself (vi.mock is hoisted).
 */
export function setUpVisibilityFixtures(): () => VisibilityFixtures {
  let prisma: PrismaClient | undefined;
  let fixtures: VisibilityFixtures | undefined;
  beforeAll(async () => {
    vi.stubEnv('DATABASE_URL', testDatabaseUrl());
    prisma = createPrismaClient(testDatabaseUrl());
    fixtures = await createVisibilityFixtures(prisma);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await Promise.all([prisma?.$disconnect(), getPrisma().$disconnect()]);
  });
  return () => {
    if (!fixtures) throw new Error('visibility fixtures are not set up yet');
    return fixtures;
  };
}
