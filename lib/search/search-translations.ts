import { localeInfo, type Locale } from '../i18n/locales';
import { normalizeQuery } from './normalize-query';
import { SEARCH_BOUNDS, SEARCH_PAGE_SIZE, type SearchBounds } from './schema';
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
      /** How many published translations match; for a broad query, the limit they exceed. */
      total: number;
      /** More than `total` match, and the hits are the `recent` newest of them, best first. */
      broad: boolean;
      recent: number;
      page: number;
      pageCount: number;
      hits: SearchHit[];
    };

/**
 * Searches the published translations of one locale with the locale's text-search configuration,
 * best match first; a broad query (more matches than bounds.matchLimit) ranks its
 * bounds.recentLimit newest matches (see SEARCH_MATCH_LIMIT). Never throws for any query text:
 * hostile input ends as 'no-terms' or as results, possibly none.
 */
export async function searchTranslations(
  db: SearchReader,
  locale: Locale,
  rawQuery: string,
  page: number,
  bounds: SearchBounds = SEARCH_BOUNDS,
): Promise<SearchOutcome> {
  const { text, truncated, hasTerms } = normalizeQuery(rawQuery);
  if (text === '') return { kind: 'empty' };
  if (!hasTerms) return { kind: 'no-terms', query: text, truncated };

  const query: SqlQuery = { locale, config: localeInfo[locale].searchConfig, text: segmentForSearch(text, locale) };
  const pageWindow = { limit: SEARCH_PAGE_SIZE, offset: (page - 1) * SEARCH_PAGE_SIZE };
  const rows = await findMatches(db, query, bounds, pageWindow);
  if (rows.length === 0 && !(await hasLexemes(db, query))) return { kind: 'no-terms', query: text, truncated };

  const counted = rows[0]?.total ?? (page > 1 ? await countMatches(db, query, bounds) : 0);
  const broad = counted > bounds.matchLimit;
  const total = broad ? bounds.matchLimit : counted;
  return {
    kind: 'results',
    query: text,
    truncated,
    total,
    broad,
    recent: bounds.recentLimit,
    page,
    pageCount: Math.ceil((broad ? bounds.recentLimit : total) / SEARCH_PAGE_SIZE),
    hits: rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      title: row.title,
      publishedAt: row.publishedAt,
      snippet: parseSnippet(row.headline),
    })),
  };
}
