import type { EditorUser } from '../auth/editor-user';
import type { Locale } from '../i18n/locales';
import { saveTranslation } from '../editor/save-translation';
import { versionOf } from './editor-workflow-fixtures';

export type SaveTarget = { announcementId: string; locale: Locale };
export type AcceptedSave = { target: number; editor: number; revisionNumber: number; title: string; body: string };
export type ConcurrencyRun = {
  accepted: AcceptedSave[];
  /** Refused as conflicts, each with the other person's text in the answer. */
  conflicts: number;
  /** Refused as conflicts but without the other person's text: would leave an editor with nothing. */
  conflictsWithoutText: number;
  /** Anything else: another refusal, or an exception. */
  unexpected: string[];
};

/**
 * Editors saving at once, for `durationMs`: editor i works on target i mod targets.length, so several
 * share a translation (they meet conflicts) and others work elsewhere. Each save loads the current
 * version as the form would, then saves a text of its own.
 */
export async function runConcurrentEditors(editors: EditorUser[], targets: SaveTarget[], durationMs: number): Promise<ConcurrencyRun> {
  const run: ConcurrencyRun = { accepted: [], conflicts: 0, conflictsWithoutText: 0, unexpected: [] };
  const deadline = Date.now() + durationMs;
  await Promise.all(
    editors.map(async (editor, index) => {
      const targetIndex = index % targets.length;
      const target = targets[targetIndex];
      if (!target) return;
      for (let attempt = 1; Date.now() < deadline; attempt += 1) {
        const title = `Editor ${index} save ${attempt}`;
        const body = `Text of editor ${index}, save ${attempt}.`;
        try {
          const baseVersion = await versionOf(target.announcementId, target.locale);
          const result = await saveTranslation(editor, { ...target, title, summary: '', body, baseVersion });
          if (result.ok) run.accepted.push({ target: targetIndex, editor: index, revisionNumber: result.revisionNumber, title, body });
          else if (result.error === 'conflict' && result.conflict) run.conflicts += 1;
          else if (result.error === 'conflict') run.conflictsWithoutText += 1;
          else run.unexpected.push(result.error);
        } catch (error) {
          run.unexpected.push(error instanceof Error ? error.message : String(error));
        }
      }
    }),
  );
  return run;
}
