import { createPrismaClient } from '../db/create-client';
import type { Prisma } from '../db/generated/client';
import { localeInfo, locales } from '../i18n/locales';
import { prepareSearchDocument } from './search-document';
import { writeSearchDocuments } from './write-search-documents';

type Db = Pick<Prisma.TransactionClient, '$executeRaw' | '$queryRaw'>;
type TextRow = { id: string; title: string; summary: string; body: string };

const BATCH = 200;

/**
 * Builds the search documents that are missing (rows written before search existed, or by a write
 * path that skipped it) or were made with another configuration than the locale has now. Safe to
 * run at every start; returns how many translations it indexed.
 */
export async function refreshSearchDocuments(db: Db): Promise<number> {
  let indexed = 0;
  for (const locale of locales) {
    const config = localeInfo[locale].searchConfig;
    for (;;) {
      const rows = await db.$queryRaw<TextRow[]>`
        SELECT id, title, summary, body FROM translations
        WHERE locale = ${locale}
          AND (search_vector IS NULL OR search_config IS DISTINCT FROM ${config}::regconfig)
        ORDER BY id LIMIT ${BATCH}`;
      if (rows.length === 0) break;
      const entries = rows.map((row) => ({
        translationId: row.id,
        document: prepareSearchDocument({ locale, title: row.title, summary: row.summary, body: row.body }),
      }));
      await writeSearchDocuments(db, entries);
      indexed += rows.length;
    }
  }
  return indexed;
}

/** refreshSearchDocuments on the database at databaseUrl, for the start and migrate commands. */
export async function refreshSearchDocumentsAt(databaseUrl: string): Promise<number> {
  const prisma = createPrismaClient(databaseUrl);
  try {
    return await refreshSearchDocuments(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
