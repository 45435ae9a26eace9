import { localeInfo, type Locale } from '../i18n/locales';
import { normalizeQuery } from './normalize-query';
import { SEARCH_PAGE_SIZE } from './schema';
import { segmentForSearch } from './segment';
import { parseSnippet, type SnippetPart } from './snippet';
import { countMatches, findMatches, hasLexemes, type SearchReader, type SqlQuery } from './search-sql';

export type SearchHit = { id: string; slug: string; title: string; publishedAt: Date; snippet: SnippetPart[] };

/** What a search page shows: a prompt, a "no searchable words" notice, or a page of results. */
export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'no-terms'; query: string; truncated: boolean }
  | {
      kind: 'results';
      query: string;
      truncated: boolean;
      total: number;
      page: number;
      pageCount: number;
      hits: SearchHit[];
    };

/**
 * Searches the published translations of one locale with the locale's text-search configuration,
 * best match first. Never throws for any query text: hostile input ends as 'no-terms' or as
 * results, possibly none.
 */
export async function searchTranslations(
  db: SearchReader,
  locale: Locale,
  rawQuery: string,
  page: number,
): Promise<SearchOutcome> {
  const { text, truncated, hasTerms } = normalizeQuery(rawQuery);
  if (text === '') return { kind: 'empty' };
  if (!hasTerms) return { kind: 'no-terms', query: text, truncated };

  const query: SqlQuery = { locale, config: localeInfo[locale].searchConfig, text: segmentForSearch(text, locale) };
  const rows = await findMatches(db, query, SEARCH_PAGE_SIZE, (page - 1) * SEARCH_PAGE_SIZE);
  if (rows.length === 0 && !(await hasLexemes(db, query))) return { kind: 'no-terms', query: text, truncated };

  const total = rows[0]?.total ?? (page > 1 ? await countMatches(db, query) : 0);
  return {
    kind: 'results',
    query: text,
    truncated,
    total,
    page,
    pageCount: Math.ceil(total / SEARCH_PAGE_SIZE),
    hits: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      publishedAt: row.publishedAt,
      snippet: parseSnippet(row.headline),
    })),
  };
}
