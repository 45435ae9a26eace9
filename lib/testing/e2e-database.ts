import { seedIfEmpty } from '../../prisma/seed/seed-demo';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database';

/** A fresh database with the demo content, for the Playwright run against a production build. */
export async function prepareE2eDatabase(): Promise<ScratchDatabase> {
  const database = await createScratchDatabase('forum_e2e');
  try {
    await seedIfEmpty(database.url, { email: 'admin@e2e.test', password: 'e2e-admin-password' });
    return database;
  } catch (error) {
    await database.dispose();
    throw error;
  }
}
