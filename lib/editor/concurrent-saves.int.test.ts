import { writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { getPrisma } from '../db/client';
import { runConcurrentEditors, type SaveTarget } from '../testing/concurrent-editors';
import { createEditorUser, createWorkflowAnnouncement, setUpEditorAdmin } from '../testing/editor-workflow-fixtures';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// 20 editors saving at once, five to a translation: no save is lost, none is invented, every refusal
// is a conflict that hands back the other text. CONCURRENCY_SECONDS sets the length (5 s here; the
// full 60 s run is part of `npm run bench`).
const seconds = Number(process.env.CONCURRENCY_SECONDS ?? 5);
const admin = setUpEditorAdmin();

async function revisionsOf(target: SaveTarget) {
  const translation = await getPrisma().translation.findUniqueOrThrow({
    where: { announcementId_locale: { announcementId: target.announcementId, locale: target.locale } },
    select: { title: true, body: true, version: true, revisions: { select: { number: true, title: true, body: true }, orderBy: { number: 'asc' } } },
  });
  return translation;
}

describe('20 editors saving at once', () => {
  it(`lose no update in ${seconds} s: every accepted save is a revision, the last one is the text`, { timeout: (seconds + 60) * 1000 }, async () => {
    const editors = await Promise.all(Array.from({ length: 20 }, () => createEditorUser('EDITOR')));
    const announcements = await Promise.all([1, 2].map(() => createWorkflowAnnouncement(admin(), ['fr', 'de'])));
    const targets: SaveTarget[] = announcements.flatMap(({ id }) => [
      { announcementId: id, locale: 'fr' as const },
      { announcementId: id, locale: 'de' as const },
    ]);
    const before = await Promise.all(targets.map(revisionsOf));

    const run = await runConcurrentEditors(editors, targets, seconds * 1000);
    // `npm run bench` runs this file for 60 s and reports the counts.
    const report = process.env.CONCURRENCY_REPORT;
    if (report) writeFileSync(report, JSON.stringify({ seconds, accepted: run.accepted.length, conflicts: run.conflicts, unexpected: run.unexpected.length }));
    expect(run.unexpected).toEqual([]);
    expect(run.conflictsWithoutText).toBe(0);
    expect(run.conflicts).toBeGreaterThan(0);

    for (const [index, target] of targets.entries()) {
      const accepted = run.accepted.filter((save) => save.target === index).sort((a, b) => a.revisionNumber - b.revisionNumber);
      const after = await revisionsOf(target);
      const initial = before[index]?.revisions.length ?? 0;
      expect(accepted.length).toBeGreaterThan(0);
      // Exactly the accepted saves were added, numbered one after another, each with its own text.
      expect(after.revisions.slice(initial).map(({ number, title, body }) => ({ number, title, body }))).toEqual(
        accepted.map(({ revisionNumber, title, body }) => ({ number: revisionNumber, title, body })),
      );
      expect(after.revisions.map((revision) => revision.number)).toEqual(after.revisions.map((_, position) => position + 1));
      const last = accepted.at(-1);
      expect({ title: after.title, body: after.body }).toEqual({ title: last?.title, body: last?.body });
      expect(after.version).toBe((before[index]?.version ?? 0) + accepted.length);
    }
  });
});
