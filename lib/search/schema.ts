import '../validation/jitless-zod';
import { z } from 'zod';

export const SEARCH_PAGE_SIZE = 10;
// Deeper pages cost an ever larger OFFSET scan, and nobody reads page 101 of a news search.
export const MAX_SEARCH_PAGE = 100;

/**
 * Counting and ranking cost one row visit per match, so a query matching half the archive was the
 * slowest search. Up to this many matches (every result that can be paged to) are counted exactly
 * and ranked in full; past it a query is broad: it reports "more than" this many, and ranks only
 * its SEARCH_RECENT_LIMIT newest matches, which are found by date without visiting the rest.
 */
export const SEARCH_MATCH_LIMIT = MAX_SEARCH_PAGE * SEARCH_PAGE_SIZE;
export const SEARCH_RECENT_LIMIT = 10 * SEARCH_PAGE_SIZE;

/** The bounds of one search: the defaults above, smaller in tests. */
export type SearchBounds = { matchLimit: number; recentLimit: number };
export const SEARCH_BOUNDS: SearchBounds = { matchLimit: SEARCH_MATCH_LIMIT, recentLimit: SEARCH_RECENT_LIMIT };

// A repeated parameter (?q=a&q=b) arrives as an array: the first one counts.
const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/**
 * Query parameters of the search page (and of any search API): q is the reader's text as typed
 * (normalised and cut to 200 characters later, so the page can say it was cut), page counts from 1.
 */
export const searchParamsSchema = z.object({
  q: z.preprocess(first, z.string().default('')),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(MAX_SEARCH_PAGE).default(1)),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

type RawParams = Record<string, string | string[] | undefined>;

/** The lenient reading for a page: a malformed page number means page 1, never an error. */
export function readSearchParams(params: RawParams): SearchParams {
  const q = searchParamsSchema.shape.q.safeParse(params.q);
  const page = searchParamsSchema.shape.page.safeParse(params.page);
  return { q: q.success ? q.data : '', page: page.success ? page.data : 1 };
}
