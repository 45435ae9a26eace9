import { describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../testing/test-database';
import { ScratchTransaction } from './scratch-transaction';

// The rules the migrations add beyond schema.prisma (see the hand-written section of the init
// migration). Each refusal is checked by constraint name, so a missing rule fails its test.
function scratch(body: (tx: ScratchTransaction) => Promise<void>): Promise<void> {
  return ScratchTransaction.run(testDatabaseUrl(), body);
}

async function expectRefusedBy(tx: ScratchTransaction, constraint: string, sql: string, values: unknown[]): Promise<void> {
  expect(await tx.refusal(sql, values), sql).toMatchObject({ constraint });
}

const setTranslation = (column: string) => `UPDATE translations SET ${column} = $2 WHERE id = $1`;

describe('translations', () => {
  it('refuses a second translation of an announcement in the same locale', () =>
    scratch(async (tx) => {
      const announcement = await tx.insertAnnouncement();
      await tx.insertTranslation(announcement, 'en');
      const second = tx.insertTranslation(announcement, 'en');
      await expect(second).rejects.toMatchObject({ constraint: 'translations_announcement_id_locale_key' });
    }));

  it('refuses a slug used twice in one locale and allows it in two locales', () =>
    scratch(async (tx) => {
      const slug = tx.unique('shared');
      await tx.insertTranslation(await tx.insertAnnouncement(), 'en', slug);
      await tx.insertTranslation(await tx.insertAnnouncement(), 'fr', slug);
      const clash = tx.insertTranslation(await tx.insertAnnouncement(), 'en', slug);
      await expect(clash).rejects.toMatchObject({ constraint: 'translations_locale_slug_key' });
    }));

  it.each(['Hello', 'hello--world', '-hello', 'hello-', 'héllo', 'a b', '', 'a'.repeat(201)])(
    'refuses the slug %j',
    (slug) =>
      scratch(async (tx) => {
        const id = await tx.insertTranslation(await tx.insertAnnouncement(), 'en');
        await expectRefusedBy(tx, 'translations_slug_format', setTranslation('slug'), [id, slug]);
      }),
  );

  it.each(['', '   ', 'x'.repeat(301)])('refuses the title %j', (title) =>
    scratch(async (tx) => {
      const id = await tx.insertTranslation(await tx.insertAnnouncement(), 'en');
      await expectRefusedBy(tx, 'translations_title_length', setTranslation('title'), [id, title]);
    }),
  );

  it.each(['EN', 'english', 'en_US', 'e', 'zh-'])('refuses the locale %j', (locale) =>
    scratch(async (tx) => {
      const id = await tx.insertTranslation(await tx.insertAnnouncement(), 'en');
      await expectRefusedBy(tx, 'translations_locale_format', setTranslation('locale'), [id, locale]);
    }),
  );

  it('accepts well-formed slugs, titles and locales', () =>
    scratch(async (tx) => {
      const announcement = await tx.insertAnnouncement('zh-Hant');
      const id = await tx.insertTranslation(announcement, 'zh-Hant', tx.unique('forum-2026'));
      expect(await tx.refusal(setTranslation('title'), [id, '論'.repeat(300)])).toBeNull();
      expect(await tx.refusal(setTranslation('slug'), [id, `${tx.unique('b')}-${'a'.repeat(189)}`])).toBeNull();
    }));

  it('refuses a published or scheduled translation without published_at, and a version below 1', () =>
    scratch(async (tx) => {
      const id = await tx.insertTranslation(await tx.insertAnnouncement(), 'en');
      for (const status of ['PUBLISHED', 'SCHEDULED']) {
        await expectRefusedBy(tx, 'translations_published_at_required', setTranslation('status'), [id, status]);
      }
      await expectRefusedBy(tx, 'translations_version_positive', setTranslation('version'), [id, 0]);
    }));
});

describe('announcements', () => {
  it('refuses an announcement superseded by itself', () =>
    scratch(async (tx) => {
      const id = await tx.insertAnnouncement();
      const sql = `UPDATE announcements SET lifecycle = 'SUPERSEDED', superseded_by_id = id WHERE id = $1`;
      await expectRefusedBy(tx, 'announcements_not_superseded_by_itself', sql, [id]);
    }));

  it('refuses a successor unless the lifecycle is SUPERSEDED', () =>
    scratch(async (tx) => {
      const [old, successor] = [await tx.insertAnnouncement(), await tx.insertAnnouncement()];
      const sql = `UPDATE announcements SET lifecycle = $3, superseded_by_id = $2 WHERE id = $1`;
      await expectRefusedBy(tx, 'announcements_superseded_by_lifecycle', sql, [old, successor, 'ACTIVE']);
      expect(await tx.refusal(sql, [old, successor, 'SUPERSEDED'])).toBeNull();
    }));

  it('refuses a malformed source locale', () =>
    scratch(async (tx) => {
      const sql = `UPDATE announcements SET source_locale = 'English' WHERE id = $1`;
      await expectRefusedBy(tx, 'announcements_source_locale_format', sql, [await tx.insertAnnouncement()]);
    }));
});

describe('events, topics and users', () => {
  const insertEvent = `INSERT INTO events (id, slug, starts_on, ends_on, updated_at) VALUES ($1, $1, $2, $3, now())`;

  it('refuses an event that ends before it starts and accepts a one-day event', () =>
    scratch(async (tx) => {
      await expectRefusedBy(tx, 'events_dates_ordered', insertEvent, [tx.unique('event'), '2026-05-02', '2026-05-01']);
      expect(await tx.refusal(insertEvent, [tx.unique('event'), '2026-05-01', '2026-05-01'])).toBeNull();
    }));

  it('refuses malformed event and topic slugs', () =>
    scratch(async (tx) => {
      await expectRefusedBy(tx, 'events_slug_format', insertEvent, ['Bad_Slug', '2026-05-01', '2026-05-01']);
      const insertTopic = `INSERT INTO topics (id, slug) VALUES ($1, $2)`;
      await expectRefusedBy(tx, 'topics_slug_format', insertTopic, [tx.unique('topic'), 'Bad Slug']);
    }));

  it('refuses an email with capitals', () =>
    scratch(async (tx) => {
      const sql = `UPDATE users SET email = 'Someone@Example.org' WHERE id = $1`;
      await expectRefusedBy(tx, 'users_email_lowercase', sql, [await tx.insertUser()]);
    }));
});
