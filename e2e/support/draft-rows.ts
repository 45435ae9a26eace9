import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Locale } from '../../lib/i18n/locales';

export type DraftRows = { announcementId: string; draftId: string; draftSlug: string };

/**
 * An announcement of its own for a test: a published source text (with its revision, which the
 * translation is made from) and a draft translation with one revision, as two saves in the editor
 * would leave them. The tag keeps slugs and titles apart from every other test.
 */
export async function insertDraftAnnouncement(
  client: pg.Client,
  { sourceLocale, draftLocale, tag }: { sourceLocale: Locale; draftLocale: Locale; tag: string },
): Promise<DraftRows> {
  const announcementId = randomUUID();
  const source = { id: randomUUID(), revision: randomUUID(), slug: `source-${tag}`, title: `Source ${tag}` };
  const draft = { id: randomUUID(), revision: randomUUID(), slug: `draft-${tag}`, title: `Draft ${tag}` };
  await client.query(`INSERT INTO announcements (id, source_locale, updated_at) VALUES ($1, $2, now())`, [announcementId, sourceLocale]);
  await client.query(
    `INSERT INTO translations (id, announcement_id, locale, title, summary, body, slug, status, published_at, updated_at)
     VALUES ($1, $2, $3, $4, '', $5, $6, 'PUBLISHED', now() - interval '1 hour', now())`,
    [source.id, announcementId, sourceLocale, source.title, `Body of ${source.title}.`, source.slug],
  );
  await client.query(
    `INSERT INTO revisions (id, translation_id, number, title, summary, body, slug) VALUES ($1, $2, 1, $3, '', $4, $5)`,
    [source.revision, source.id, source.title, `Body of ${source.title}.`, source.slug],
  );
  await client.query('UPDATE translations SET live_revision_id = $1 WHERE id = $2', [source.revision, source.id]);
  await client.query(
    `INSERT INTO translations (id, announcement_id, locale, title, summary, body, slug, status, source_revision_id, updated_at)
     VALUES ($1, $2, $3, $4, '', $5, $6, 'DRAFT', $7, now())`,
    [draft.id, announcementId, draftLocale, draft.title, `First words ${tag}.`, draft.slug, source.revision],
  );
  await client.query(
    `INSERT INTO revisions (id, translation_id, number, title, summary, body, slug, source_revision_id)
     VALUES ($1, $2, 1, $3, '', $4, $5, $6)`,
    [draft.revision, draft.id, draft.title, `First words ${tag}.`, draft.slug, source.revision],
  );
  return { announcementId, draftId: draft.id, draftSlug: draft.slug };
}

/** The draft's revisions, newest first: number and body. */
export async function revisionsOf(client: pg.Client, translationId: string): Promise<Array<{ number: number; body: string }>> {
  const { rows } = await client.query<{ number: number; body: string }>(
    'SELECT number, body FROM revisions WHERE translation_id = $1 ORDER BY number DESC',
    [translationId],
  );
  return rows;
}

/** What someone else's save in another tab leaves: a newer revision and version. */
export async function saveElsewhere(client: pg.Client, translationId: string, body: string): Promise<void> {
  await client.query(
    `INSERT INTO revisions (id, translation_id, number, title, summary, body, slug, source_revision_id)
     SELECT $1, id, (SELECT max(number) + 1 FROM revisions WHERE translation_id = $2), title, summary, $3, slug, source_revision_id
     FROM translations WHERE id = $2`,
    [randomUUID(), translationId, body],
  );
  await client.query('UPDATE translations SET body = $1, version = version + 1, updated_at = now() WHERE id = $2', [body, translationId]);
}
