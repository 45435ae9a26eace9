import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Locale } from '../../lib/i18n/locales';
import { joinPayloads, payloadChunk, type XssPayload } from './xss-payloads';

// The rows of e2e/xss-*.db.spec.ts: announcements whose every text an editor controls (title,
// summary, body, cover alt text and caption, topic and event names, event city) carries payloads,
// each with two revisions so the history page has something to compare. They are due a moment ago:
// the publishing clock puts them live and refreshes the cached lists, as an editor's schedule would.

export const xssLocales = ['en', 'zh', 'ar'] as const satisfies readonly Locale[];
export const xssChunks = 4;

export type XssAnnouncement = { id: string; slugs: Record<(typeof xssLocales)[number], string>; topicSlug: string; eventSlug: string };

/** As many payloads as fit in `limit` characters (a title holds at most 300). */
function fitting(payloads: XssPayload[], limit: number, tag: string): string {
  let text = tag;
  for (const payload of payloads) {
    if (text.length + payload.text.length + 1 > limit) continue;
    text = `${payload.text} ${text}`;
  }
  return text;
}

async function insertTranslation(client: pg.Client, announcementId: string, locale: Locale, slug: string, texts: { title: string; summary: string; body: string }) {
  const id = randomUUID();
  const [first, second] = [randomUUID(), randomUUID()];
  await client.query(
    `INSERT INTO translations (id, announcement_id, locale, title, summary, body, slug, status, published_at, updated_at, version)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'SCHEDULED', now() - interval '1 second', now(), 2)`,
    [id, announcementId, locale, texts.title, texts.summary, texts.body, slug],
  );
  await client.query(
    `INSERT INTO revisions (id, translation_id, number, title, summary, body, slug)
     VALUES ($1, $3, 1, 'Plain first words', '', 'Plain body.', $4), ($2, $3, 2, $5, $6, $7, $4)`,
    [first, second, id, slug, texts.title, texts.summary, texts.body],
  );
  await client.query('UPDATE translations SET live_revision_id = $1 WHERE id = $2', [second, id]);
}

/** Announcement `chunk` of `xssChunks`, with its topic, event and cover; every text a payload. */
export async function insertXssAnnouncement(client: pg.Client, chunk: number, tag: string): Promise<XssAnnouncement> {
  const payloads = payloadChunk(chunk, xssChunks);
  const id = randomUUID();
  const topicId = randomUUID();
  const eventId = randomUUID();
  const mediaId = randomUUID();
  const base = `xss-${chunk}-${tag}`;
  await client.query('INSERT INTO topics (id, slug) VALUES ($1, $2)', [topicId, `topic-${base}`]);
  await client.query(
    `INSERT INTO events (id, slug, starts_on, ends_on, updated_at) VALUES ($1, $2, current_date, current_date + 1, now())`,
    [eventId, `event-${base}`],
  );
  await client.query(
    `INSERT INTO media (id, storage_key, mime_type, byte_size, width, height) VALUES ($1, $2, 'image/jpeg', 1000, 1200, 800)`,
    [mediaId, `covers/${base}.jpg`],
  );
  await client.query(
    `INSERT INTO announcements (id, source_locale, event_id, event_date, cover_media_id, updated_at)
     VALUES ($1, 'en', $2, current_date, $3, now())`,
    [id, eventId, mediaId],
  );
  await client.query('INSERT INTO announcement_topics (announcement_id, topic_id) VALUES ($1, $2)', [id, topicId]);
  const slugs = { en: `en-${base}`, zh: `zh-${base}`, ar: `ar-${base}` };
  for (const locale of xssLocales) {
    const named = `${locale} ${tag}`;
    await client.query('INSERT INTO topic_translations (topic_id, locale, name) VALUES ($1, $2, $3)', [topicId, locale, `${joinPayloads(payloads, ' ')} ${named}`]);
    await client.query('INSERT INTO event_translations (event_id, locale, name, city) VALUES ($1, $2, $3, $4)', [
      eventId,
      locale,
      `${joinPayloads(payloads, ' ')} ${named}`,
      fitting(payloads.toReversed(), 200, named),
    ]);
    await client.query('INSERT INTO media_translations (media_id, locale, alt, caption) VALUES ($1, $2, $3, $4)', [
      mediaId,
      locale,
      joinPayloads(payloads, ' '),
      joinPayloads(payloads.toReversed(), ' '),
    ]);
    await insertTranslation(client, id, locale, slugs[locale], {
      title: fitting(payloads, 300, named),
      summary: `${joinPayloads(payloads, ' ')} ${named}`,
      body: `# ${named}\n\n${joinPayloads(payloads)}`,
    });
  }
  return { id, slugs, topicSlug: `topic-${base}`, eventSlug: `event-${base}` };
}
