import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoContent } from '../../prisma/seed/load-content';
import { seedIfEmpty } from '../../prisma/seed/seed-demo';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import { quoteIdentifier, runAdminStatement, withDatabaseName } from '../db/migrations/admin-connection';
import { applyMigrations } from '../db/migrations/apply';
import type { Locale } from '../i18n/locales';
import { testDatabaseUrl } from '../testing/test-database';
import { searchTranslations } from './search-translations';

// The demo seed writes search documents like any other write path: its content is searchable at
// once. The seed only fills an empty database, so this file seeds a scratch database of its own.
const providedUrl = testDatabaseUrl();
const scratchName = `search_seed_test_${randomBytes(4).toString('hex')}`;
const databaseUrl = withDatabaseName(providedUrl, scratchName);
let prisma: PrismaClient;

const content = loadDemoContent();
const titles = (locale: Locale) =>
  content.announcements.flatMap((a) => a.translations.filter((t) => t.locale === locale)).map((t) => t.title);

async function foundTitles(locale: Locale, query: string): Promise<string[]> {
  const outcome = await searchTranslations(prisma, locale, query, 1);
  return outcome.kind === 'results' ? outcome.hits.map((hit) => hit.title) : [];
}

beforeAll(async () => {
  await runAdminStatement(providedUrl, `CREATE DATABASE ${quoteIdentifier(scratchName)}`);
  await applyMigrations(databaseUrl);
  await seedIfEmpty(databaseUrl, { email: 'admin@search.test', password: 'search-test-password' });
  prisma = createPrismaClient(databaseUrl);
});

afterAll(async () => {
  await prisma?.$disconnect();
  await runAdminStatement(providedUrl, `DROP DATABASE IF EXISTS ${quoteIdentifier(scratchName)} WITH (FORCE)`);
});

describe('the seeded demo content', () => {
  it('has a search document for every translation', async () => {
    expect(await prisma.translation.count({ where: { searchText: null } })).toBe(0);
  });

  it('"移民管理" finds every Chinese announcement', async () => {
    expect((await foundTitles('zh', '移民管理')).sort()).toEqual(titles('zh').sort());
  });

  it.each([
    ['en', 'migration management'],
    ['ru', 'миграционной политики'],
    ['de', 'Migrationsmanagements'],
  ] as const)('%s: %j finds the seeded announcement', async (locale, query) => {
    expect(await foundTitles(locale, query)).toEqual(expect.arrayContaining(titles(locale).slice(0, 1)));
  });
});
