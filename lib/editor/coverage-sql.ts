import { Prisma } from '../db/generated/client';

export type CoverageScope = {
  locales: readonly string[];
  eventId?: string;
  topicId?: string;
  announcementIds?: readonly string[];
};

/**
 * One row per (announcement, locale) with the cell's state, as a CTE named `cells`.
 *
 * The rule: no translation is missing; an archived one archived. A translation other than the
 * source is outdated when the source has a revision not marked minor with a higher number than the
 * source revision it was made from (a base from another translation, after the source locale
 * changed, counts as none). That base is the latest saved revision's, published or not: a published
 * text updated for the newest source is no longer outdated but has unpublished changes, because what
 * needs doing is publishing it, not translating again. Then the workflow: scheduled, in review (also
 * a published text with changes submitted), published, draft. Outdated wins over the workflow: it is what needs doing.
 */
export function coverageCells(scope: CoverageScope): Prisma.Sql {
  const event = scope.eventId ? Prisma.sql`AND a.event_id = ${scope.eventId}` : Prisma.empty;
  const topic = scope.topicId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM announcement_topics at WHERE at.announcement_id = a.id AND at.topic_id = ${scope.topicId})`
    : Prisma.empty;
  const ids = scope.announcementIds ? Prisma.sql`AND a.id = ANY(${[...scope.announcementIds]}::text[])` : Prisma.empty;
  return Prisma.sql`
    filtered AS (
      SELECT a.id, a.source_locale, a.created_at
      FROM announcements a
      WHERE a.deleted_at IS NULL ${event} ${topic} ${ids}
    ),
    source_major AS (
      SELECT f.id AS announcement_id, st.id AS source_translation_id,
             max(r.number) FILTER (WHERE NOT r.minor) AS latest_major
      FROM filtered f
      JOIN translations st ON st.announcement_id = f.id AND st.locale = f.source_locale
      JOIN revisions r ON r.translation_id = st.id
      GROUP BY f.id, st.id
    ),
    cells AS (
      SELECT f.id AS announcement_id, f.created_at, l.locale, t.id AS translation_id, t.status::text AS status,
             (t.status = 'PUBLISHED' AND t.live_revision_id IS DISTINCT FROM (
               SELECT r.id FROM revisions r WHERE r.translation_id = t.id ORDER BY r.number DESC LIMIT 1
             )) AS unpublished_changes,
             CASE
               WHEN t.id IS NULL THEN 'missing'
               WHEN t.status = 'ARCHIVED' THEN 'archived'
               WHEN t.locale <> f.source_locale AND sm.latest_major IS NOT NULL
                    AND coalesce(CASE WHEN base.translation_id = sm.source_translation_id THEN base.number END, 0) < sm.latest_major
                 THEN 'outdated'
               WHEN t.status = 'SCHEDULED' THEN 'scheduled'
               WHEN t.status = 'IN_REVIEW' OR (t.status = 'PUBLISHED' AND t.review_requested_at IS NOT NULL) THEN 'in_review'
               WHEN t.status = 'PUBLISHED' THEN 'published'
               ELSE 'draft'
             END AS state
      FROM filtered f
      CROSS JOIN unnest(${[...scope.locales]}::text[]) AS l(locale)
      LEFT JOIN translations t ON t.announcement_id = f.id AND t.locale = l.locale
      LEFT JOIN revisions base ON base.id = t.source_revision_id
      LEFT JOIN source_major sm ON sm.announcement_id = f.id
    )`;
}
