import type { ActionResult, FieldErrors } from '@/lib/editor/errors';
import type { GroupOutcome, ImportConfirmResult } from '@/lib/editor/import-confirm';
import type { DocumentPreview, DocumentText, ImportPreview, PreviewStatus } from '@/lib/import/preview';

// The import screen's bookkeeping between the preview and the confirmation, kept pure for tests.

export type EditedTexts = Record<string, DocumentText>;

export function initialTexts(preview: ImportPreview): EditedTexts {
  return Object.fromEntries(
    preview.documents.map(({ key, locale, title, summary, body, slug }) => [key, { locale, title, summary, body, slug }]),
  );
}

/** What "Create drafts" sends: the edited texts, grouped as the editor left them (failed documents are in no group). */
export function buildConfirmInput(token: string, groups: readonly { documents: DocumentPreview[] }[], texts: EditedTexts) {
  return {
    token,
    groups: groups.map(({ documents }) => ({
      members: documents.map(({ key, name }) => {
        const text = texts[key];
        return { key, name, locale: text?.locale ?? '', title: text?.title ?? '', summary: text?.summary ?? '', body: text?.body ?? '', slug: text?.slug ?? '' };
      }),
    })),
  };
}

export function countStatuses(documents: readonly DocumentPreview[]): Record<PreviewStatus, number> {
  const counts: Record<PreviewStatus, number> = { ready: 0, warnings: 0, failed: 0 };
  for (const document of documents) counts[document.status] += 1;
  return counts;
}

/** Everything is written (now or by an earlier confirmation): nothing is left to confirm. */
export function isAllCreated(outcomes: readonly GroupOutcome[] | undefined, groupCount: number): boolean {
  return outcomes !== undefined && outcomes.length === groupCount && outcomes.every((outcome) => outcome.status !== 'failed');
}

/** The field errors to show: the form's own (before sending) or those of announcements that failed. */
export function confirmErrors(state: ActionResult<ImportConfirmResult> | null): FieldErrors {
  if (!state) return {};
  if (!state.ok) return state.fieldErrors ?? {};
  return Object.assign({}, ...state.outcomes.map((outcome) => (outcome.status === 'failed' ? outcome.fieldErrors : undefined))) as FieldErrors;
}
