import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Locale } from '../../lib/i18n/locales';

// Rows written straight into the end-to-end database (there is no editor yet), for the specs named
// *.db.spec.ts: Playwright runs them after every other spec (see playwright.config.ts), because
// their announcements would otherwise show up in the lists and feeds those specs count.

export type TranslationRow = { locale: Locale; slug: string; title: string };
export type AnnouncementRow = {
  sourceLocale: Locale;
  lifecycle?: 'ACTIVE' | 'CORRECTED' | 'SUPERSEDED' | 'WITHDRAWN';
  supersededById?: string;
  translations: TranslationRow[];
  /**
   * 'published' (the default): live since an hour ago. 'due': scheduled for a moment ago, so the
   * portal's publishing clock puts it live within seconds and refreshes the cached pages, as
   * after an editor's scheduled publication.
   */
  publication?: 'published' | 'due';
};

export function uniqueTag(): string {
  return randomBytes(5).toString('hex');
}

export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL is not set: run the end-to-end tests through `npm test`.');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** An announcement and its translations, published or due (see `publication`); returns its id. */
export async function insertAnnouncement(client: pg.Client, row: AnnouncementRow): Promise<string> {
  const id = randomUUID();
  const due = row.publication === 'due';
  await client.query(
    `INSERT INTO announcements (id, source_locale, lifecycle, superseded_by_id, updated_at)
     VALUES ($1, $2, $3::"Lifecycle", $4, now())`,
    [id, row.sourceLocale, row.lifecycle ?? 'ACTIVE', row.supersededById ?? null],
  );
  for (const translation of row.translations) {
    await client.query(
      `INSERT INTO translations (id, announcement_id, locale, title, summary, body, slug, status, published_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::"TranslationStatus", now() - $9::interval, now())`,
      [
        randomUUID(),
        id,
        translation.locale,
        translation.title,
        `Summary: ${translation.title}`,
        `Body of ${translation.title}.`,
        translation.slug,
        due ? 'SCHEDULED' : 'PUBLISHED',
        due ? '1 second' : '1 hour',
      ],
    );
  }
  return id;
}
