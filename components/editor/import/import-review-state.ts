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

/** The documents of each proposed announcement, in order (the first is the source text). */
export function groupDocuments(preview: ImportPreview): DocumentPreview[][] {
  const byKey = new Map(preview.documents.map((document) => [document.key, document]));
  return preview.groups.map((group) => group.keys.flatMap((key) => byKey.get(key) ?? []));
}

/** What "Create drafts" sends: the edited texts, grouped as proposed (failed documents are not in any group). */
export function buildConfirmInput(token: string, preview: ImportPreview, texts: EditedTexts) {
  return {
    token,
    groups: groupDocuments(preview).map((documents) => ({
      members: documents.map(({ key, name }) => {
        const text = texts[key];
        return { name, locale: text?.locale ?? '', title: text?.title ?? '', summary: text?.summary ?? '', body: text?.body ?? '', slug: text?.slug ?? '' };
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
