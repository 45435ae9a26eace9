import { Prisma } from '../db/generated/client';
import type { SearchBounds } from './schema';
import { HEADLINE_OPTIONS, SNIPPET_SOURCE_LIMIT } from './snippet';

export type SearchReader = Pick<Prisma.TransactionClient, '$queryRaw'>;

/** A prepared query: the locale, its text-search configuration, and the normalised, segmented text. */
export type SqlQuery = { locale: string; config: string; text: string };

/** One result row; `total` is the exact number of matches, or bounds.matchLimit + 1 for a broad query. */
export type MatchRow = { id: string; slug: string; title: string; publishedAt: Date; headline: string; total: number };

/** Which page of the ranked results to fetch. */
export type PageWindow = { limit: number; offset: number };

function tsqueryOf(query: SqlQuery): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery(${query.config}::regconfig, ${query.text})`;
}

// Published means: status PUBLISHED, live (published_at, stored in UTC, not in the future), and the
// announcement not deleted; t is the translation. Deleted announcements are few and indexed, so they
// are anti-joined once rather than each match's announcement being looked up.
function publishedIn(locale: string): Prisma.Sql {
  return Prisma.sql`t.locale = ${locale}
    AND t.status = 'PUBLISHED'
    AND t.published_at <= (now() AT TIME ZONE 'UTC')
    AND NOT EXISTS (SELECT 1 FROM announcements a WHERE a.id = t.announcement_id AND a.deleted_at IS NOT NULL)`;
}

type RawMatchRow = { id: string; slug: string; title: string; published_at: Date; headline: string | null; total: number };

// Every value reaches PostgreSQL as a bind parameter ($queryRaw's tagged template), and
// websearch_to_tsquery accepts any text without a syntax error, so no query can inject or fail.
// The tsquery is written inline, not in a CTE: the planner folds it to a constant, which is what
// lets it use the GIN index.
//
// `capped` takes at most matchLimit + 1 matches from the GIN index, ranked as they are read. When
// that is all of them, they are the candidates. When there are more (a broad query), the
// candidates are instead the recentLimit newest matches: the match test is wrapped in coalesce so
// it cannot use the GIN index, and the planner walks the (locale, status, published_at) index
// from the newest row, stopping after recentLimit matches; for a broad query that is a few hundred
// rows, not thousands. The two branches are gated on the count, so only one of them runs. Titles,
// slugs and ts_headline are fetched for the page's rows alone.
export async function findMatches(
  db: SearchReader,
  query: SqlQuery,
  bounds: SearchBounds,
  page: PageWindow,
): Promise<MatchRow[]> {
  const tsquery = tsqueryOf(query);
  const published = publishedIn(query.locale);
  const rows = await db.$queryRaw<RawMatchRow[]>`
    WITH capped AS MATERIALIZED (
      SELECT t.id, t.published_at, ts_rank(t.search_vector, ${tsquery}) AS rank
      FROM translations t
      WHERE t.search_vector @@ ${tsquery} AND ${published}
      LIMIT ${bounds.matchLimit + 1}
    ),
    counted AS MATERIALIZED (SELECT count(*)::int AS total FROM capped),
    candidates AS (
      SELECT id, published_at, rank FROM capped
      WHERE (SELECT total FROM counted) <= ${bounds.matchLimit}
      UNION ALL
      (SELECT t.id, t.published_at, ts_rank(t.search_vector, ${tsquery})
       FROM translations t
       WHERE coalesce(t.search_vector @@ ${tsquery}, false) AND ${published}
         AND (SELECT total FROM counted) > ${bounds.matchLimit}
       ORDER BY t.published_at DESC, t.id
       LIMIT ${bounds.recentLimit})
    ),
    page AS (
      SELECT id, published_at, rank FROM candidates
      ORDER BY rank DESC, published_at DESC, id
      LIMIT ${page.limit} OFFSET ${page.offset}
    )
    SELECT t.id, t.slug, t.title, t.published_at, (SELECT total FROM counted) AS total,
           ts_headline(t.search_config, left(coalesce(t.search_text, ''), ${SNIPPET_SOURCE_LIMIT}), ${tsquery},
                       ${HEADLINE_OPTIONS}) AS headline
    FROM page p JOIN translations t ON t.id = p.id
    ORDER BY p.rank DESC, p.published_at DESC, p.id`;
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: row.title,
    publishedAt: row.published_at,
    headline: row.headline ?? '',
    total: row.total,
  }));
}

/**
 * How many published translations match, counting no further than matchLimit + 1: for a page past
 * the last one, which has no rows to tell.
 */
export async function countMatches(db: SearchReader, query: SqlQuery, bounds: SearchBounds): Promise<number> {
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM (
      SELECT 1 FROM translations t
      WHERE t.search_vector @@ ${tsqueryOf(query)} AND ${publishedIn(query.locale)}
      LIMIT ${bounds.matchLimit + 1}
    ) AS capped`;
  return row?.total ?? 0;
}

/** Whether the query keeps any lexeme: one of stop words alone ("the and") keeps none. */
export async function hasLexemes(db: SearchReader, query: SqlQuery): Promise<boolean> {
  const [row] = await db.$queryRaw<{ nodes: number }[]>`
    SELECT numnode(${tsqueryOf(query)})::int AS nodes`;
  return (row?.nodes ?? 0) > 0;
}
