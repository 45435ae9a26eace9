import { randomBytes } from 'node:crypto';
import { createPrismaClient } from '../db/create-client';
import type { PrismaClient } from '../db/generated/client';
import type { Locale } from '../i18n/locales';
import { testDatabaseUrl } from '../testing/test-database';
import type { SearchBounds } from './schema';
import { prepareSearchDocument } from './search-document';
import { searchTranslations, type SearchOutcome } from './search-translations';
import { writeSearchDocument } from './write-search-documents';

export type FixtureTranslation = {
  locale: Locale;
  title: string;
  summary?: string;
  body?: string;
  status?: 'PUBLISHED' | 'DRAFT' | 'SCHEDULED';
  publishedAt?: Date;
  deleted?: boolean;
  /** false: written without a search document, as rows from before search existed. */
  indexed?: boolean;
};

const DAY = 24 * 60 * 60 * 1000;

// Test support for the search integration tests: announcements written the way the app writes them,
// with unique slugs, removed again afterwards so other test files never see them.
export class SearchFixtures {
  readonly prisma: PrismaClient = createPrismaClient(testDatabaseUrl());
  private readonly announcementIds: string[] = [];

  /** A word no other data contains, to make a query's complete answer predictable. */
  static nonce(): string {
    return `zq${randomBytes(5).toString('hex')}`;
  }

  /** Creates a one-translation announcement and returns the translation's slug. */
  async add(fixture: FixtureTranslation): Promise<string> {
    const slug = `search-${fixture.locale}-${randomBytes(6).toString('hex')}`;
    const { locale, title, summary = '', body = '', status = 'PUBLISHED' } = fixture;
    const announcement = await this.prisma.announcement.create({
      data: {
        sourceLocale: locale,
        deletedAt: fixture.deleted ? new Date() : null,
        translations: {
          create: { locale, title, summary, body, slug, status, publishedAt: fixture.publishedAt ?? new Date(Date.now() - DAY) },
        },
      },
      select: { id: true, translations: { select: { id: true } } },
    });
    this.announcementIds.push(announcement.id);
    const translationId = announcement.translations[0]?.id;
    if (translationId === undefined) throw new Error('fixture translation was not created');
    if (fixture.indexed !== false) {
      await writeSearchDocument(this.prisma, translationId, prepareSearchDocument({ locale, title, summary, body }));
    }
    return slug;
  }

  search(locale: Locale, query: string, page = 1, bounds?: SearchBounds): Promise<SearchOutcome> {
    return searchTranslations(this.prisma, locale, query, page, bounds);
  }

  /** The slugs found on one page of results, best first (none for a non-result outcome). */
  async slugs(locale: Locale, query: string, page = 1, bounds?: SearchBounds): Promise<string[]> {
    const outcome = await this.search(locale, query, page, bounds);
    return outcome.kind === 'results' ? outcome.hits.map((hit) => hit.slug) : [];
  }

  async dispose(): Promise<void> {
    await this.prisma.announcement.deleteMany({ where: { id: { in: this.announcementIds } } });
    await this.prisma.$disconnect();
  }
}
