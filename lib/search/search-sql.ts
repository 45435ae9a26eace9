import { Prisma } from '../db/generated/client';
import { HEADLINE_OPTIONS } from './snippet';

export type SearchReader = Pick<Prisma.TransactionClient, '$queryRaw'>;

/** A prepared query: the locale, its text-search configuration, and the normalised, segmented text. */
export type SqlQuery = { locale: string; config: string; text: string };

export type MatchRow = { id: string; slug: string; title: string; publishedAt: Date; headline: string; total: number };

function tsqueryOf(query: SqlQuery): Prisma.Sql {
  return Prisma.sql`websearch_to_tsquery(${query.config}::regconfig, ${query.text})`;
}

// Published means: status PUBLISHED, live (published_at, stored in UTC, not in the future), and the
// announcement not deleted; t is the translation, a its announcement.
function publishedMatch(query: SqlQuery, tsquery: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`t.search_vector @@ ${tsquery}
    AND t.locale = ${query.locale}
    AND t.status = 'PUBLISHED'
    AND t.published_at <= (now() AT TIME ZONE 'UTC')
    AND a.deleted_at IS NULL`;
}

type RawMatchRow = { id: string; slug: string; title: string; published_at: Date; headline: string | null; total: number };

// Every value reaches PostgreSQL as a bind parameter ($queryRaw's tagged template), and
// websearch_to_tsquery accepts any text without a syntax error, so no query can inject or fail.
// The tsquery is written inline, not in a CTE: the planner folds it to a constant, which is what
// lets it use the GIN index. `ranked` is MATERIALIZED so ts_rank runs before the window count and
// the count carries narrow rows, not every match's vector (measured: half the time with 10,000
// matches). Titles, slugs and ts_headline are fetched for the page's rows alone.
export async function findMatches(db: SearchReader, query: SqlQuery, limit: number, offset: number): Promise<MatchRow[]> {
  const tsquery = tsqueryOf(query);
  const rows = await db.$queryRaw<RawMatchRow[]>`
    WITH ranked AS MATERIALIZED (
      SELECT t.id, t.published_at, ts_rank(t.search_vector, ${tsquery}) AS rank
      FROM translations t
      JOIN announcements a ON a.id = t.announcement_id
      WHERE ${publishedMatch(query, tsquery)}
    ),
    page AS (
      SELECT id, published_at, rank, count(*) OVER () AS total
      FROM ranked
      ORDER BY rank DESC, published_at DESC, id
      LIMIT ${limit} OFFSET ${offset}
    )
    SELECT t.id, t.slug, t.title, t.published_at, p.total::int AS total,
           ts_headline(t.search_config, coalesce(t.search_text, ''), ${tsquery}, ${HEADLINE_OPTIONS}) AS headline
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

/** How many published translations match: for a page past the last one, which has no rows to tell. */
export async function countMatches(db: SearchReader, query: SqlQuery): Promise<number> {
  const tsquery = tsqueryOf(query);
  const [row] = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total
    FROM translations t JOIN announcements a ON a.id = t.announcement_id
    WHERE ${publishedMatch(query, tsquery)}`;
  return row?.total ?? 0;
}

/** Whether the query keeps any lexeme: one of stop words alone ("the and") keeps none. */
export async function hasLexemes(db: SearchReader, query: SqlQuery): Promise<boolean> {
  const [row] = await db.$queryRaw<{ nodes: number }[]>`
    SELECT numnode(${tsqueryOf(query)})::int AS nodes`;
  return (row?.nodes ?? 0) > 0;
}
