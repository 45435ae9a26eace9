import type { TestProject } from 'vitest/node';
import { createScratchDatabase } from './scratch-database';

// vitest globalSetup of the `integration` project (tests read the URL with testDatabaseUrl() from
// ./test-database, which also declares its type): one fresh migrated database per run.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await createScratchDatabase('forum_test');
  project.provide('databaseUrl', database.url);
  return database.dispose;
}
