import { randomBytes } from 'node:crypto';
import pg from 'pg';

export type Refusal = { code: string | undefined; constraint: string | undefined; message: string };
type Row = Record<string, unknown>;

// Test support: a transaction that is always rolled back, so integration tests sharing one
// database leave nothing behind, with savepoints so a refused statement keeps it usable.
export class ScratchTransaction {
  private constructor(private readonly client: pg.Client) {}

  static async run(databaseUrl: string, body: (tx: ScratchTransaction) => Promise<void>): Promise<void> {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await body(new ScratchTransaction(client));
    } finally {
      await client.query('ROLLBACK').catch(() => {});
      await client.end();
    }
  }

  // Other test files write to the same database: random suffixes keep unique columns apart.
  unique(prefix: string): string {
    return `${prefix}-${randomBytes(4).toString('hex')}`;
  }

  async query(sql: string, values: unknown[] = []): Promise<Row[]> {
    return (await this.client.query<Row>(sql, values)).rows;
  }

  // Runs a statement the database should refuse; returns the refusal, or null if it was accepted.
  async refusal(sql: string, values: unknown[] = []): Promise<Refusal | null> {
    await this.client.query('SAVEPOINT attempt');
    try {
      await this.client.query(sql, values);
      await this.client.query('RELEASE SAVEPOINT attempt');
      return null;
    } catch (error) {
      await this.client.query('ROLLBACK TO SAVEPOINT attempt');
      if (!(error instanceof pg.DatabaseError)) throw error;
      return { code: error.code, constraint: error.constraint, message: error.message };
    }
  }

  async insertUser(): Promise<string> {
    const id = this.unique('user');
    await this.query(`INSERT INTO users (id, email, updated_at) VALUES ($1, $2, now())`, [id, `${id}@example.org`]);
    return id;
  }

  async insertAnnouncement(sourceLocale = 'en'): Promise<string> {
    const id = this.unique('announcement');
    await this.query(`INSERT INTO announcements (id, source_locale, updated_at) VALUES ($1, $2, now())`, [id, sourceLocale]);
    return id;
  }

  async insertTranslation(announcementId: string, locale: string, slug = this.unique('slug')): Promise<string> {
    const id = this.unique('translation');
    await this.query(
      `INSERT INTO translations (id, announcement_id, locale, title, slug, updated_at) VALUES ($1, $2, $3, 'Title', $4, now())`,
      [id, announcementId, locale, slug],
    );
    return id;
  }

  async insertRevision(translationId: string, authorId: string | null = null, number = 1): Promise<string> {
    const id = this.unique('revision');
    await this.query(
      `INSERT INTO revisions (id, translation_id, number, title, summary, body, slug, author_id)
       VALUES ($1, $2, $3, 'Title', '', '', 'title', $4)`,
      [id, translationId, number, authorId],
    );
    return id;
  }
}
