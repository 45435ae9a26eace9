import { describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../../testing/test-database';
import { ScratchTransaction } from './scratch-transaction';

// Revisions are history: the revisions_immutable trigger refuses UPDATE, while the deletes that
// cascade from a translation or an author account still work.
function scratch(body: (tx: ScratchTransaction) => Promise<void>): Promise<void> {
  return ScratchTransaction.run(testDatabaseUrl(), body);
}

async function revisionFixture(tx: ScratchTransaction) {
  const author = await tx.insertUser();
  const translation = await tx.insertTranslation(await tx.insertAnnouncement(), 'en');
  return { author, translation, revision: await tx.insertRevision(translation, author) };
}

describe('revisions', () => {
  it.each([
    ['title', `title = 'Changed'`],
    ['minor flag', 'minor = true'],
    ['number', 'number = number + 1'],
  ])('refuses an UPDATE of the %s', (_label, assignment) =>
    scratch(async (tx) => {
      const { revision } = await revisionFixture(tx);
      const refusal = await tx.refusal(`UPDATE revisions SET ${assignment} WHERE id = $1`, [revision]);
      expect(refusal).toMatchObject({ code: '23001', message: expect.stringContaining('revisions are immutable') });
    }),
  );

  it('refuses an UPDATE that changes the text while clearing the author', () =>
    scratch(async (tx) => {
      const { revision } = await revisionFixture(tx);
      const refusal = await tx.refusal(`UPDATE revisions SET author_id = NULL, body = 'new' WHERE id = $1`, [revision]);
      expect(refusal).toMatchObject({ code: '23001' });
    }));

  it('keeps the revision and forgets its author when the author account is deleted', () =>
    scratch(async (tx) => {
      const { author, revision } = await revisionFixture(tx);
      expect(await tx.refusal(`DELETE FROM users WHERE id = $1`, [author])).toBeNull();
      expect(await tx.query(`SELECT author_id, title FROM revisions WHERE id = $1`, [revision])).toEqual([
        { author_id: null, title: 'Title' },
      ]);
    }));

  it('allows deleting a revision, and deleting a translation deletes its revisions', () =>
    scratch(async (tx) => {
      const { translation, revision } = await revisionFixture(tx);
      const second = await tx.insertRevision(translation, null, 2);
      expect(await tx.refusal(`DELETE FROM revisions WHERE id = $1`, [second])).toBeNull();
      expect(await tx.refusal(`DELETE FROM translations WHERE id = $1`, [translation])).toBeNull();
      expect(await tx.query(`SELECT id FROM revisions WHERE id = $1`, [revision])).toEqual([]);
    }));

  it('refuses a revision numbered below 1', () =>
    scratch(async (tx) => {
      const { translation } = await revisionFixture(tx);
      const sql = `INSERT INTO revisions (id, translation_id, number, title, summary, body, slug) VALUES ($1, $2, 0, 'T', '', '', 't')`;
      expect(await tx.refusal(sql, [tx.unique('revision'), translation])).toMatchObject({
        constraint: 'revisions_number_positive',
      });
    }));
});
