'use client';

import { useActionState, useEffect } from 'react';
import { useRouter } from 'next/navigation';
import { useLocale } from 'next-intl';
import { restoreRevisionAction } from '@/lib/editor/actions';
import { failure, type EditorErrorCode } from '@/lib/editor/errors';

export type RestoreTexts = {
  button: string;
  /** Read after the button's text by screen readers, e.g. "(revision {number})". */
  context: string;
  pending: string;
  /** "… as new revision {number}." */
  restored: string;
  restoredUnpublished: string;
  conflictHint: string;
  errors: Record<EditorErrorCode, string>;
};

type Props = {
  announcementId: string;
  /** The translation's locale (not the interface's). */
  locale: string;
  /** The translation's version the page was rendered with; restoring is refused if it changed. */
  version: number;
  revisionNumber: number;
  texts: RestoreTexts;
};

type State = Awaited<ReturnType<typeof restoreRevisionAction>> | null;

// The message templates hold one plain {number} placeholder, filled as ICU would fill it.
const fill = (template: string, number: number, locale: string) => template.replace('{number}', new Intl.NumberFormat(locale).format(number));

/**
 * Restores one revision: the server saves its text again as a new revision. Afterwards, and after
 * a conflict, the page is re-read so the list and every form carry the latest version.
 */
export function RestoreRevisionForm({ announcementId, locale, version, revisionNumber, texts }: Props) {
  const uiLocale = useLocale();
  const router = useRouter();
  const [state, restore, pending] = useActionState(async (previous: State, form: FormData): Promise<State> => {
    try {
      return await restoreRevisionAction(previous, form);
    } catch {
      // The server could not be reached or failed: say so instead of replacing the page with an error.
      return failure('saveFailed');
    }
  }, null);

  useEffect(() => {
    if (state?.ok || state?.error === 'conflict') router.refresh();
  }, [state, router]);

  return (
    <form action={restore} className="restore-form">
      <input type="hidden" name="announcementId" value={announcementId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revisionNumber" value={revisionNumber} />
      <button type="submit" disabled={pending}>
        {pending ? texts.pending : texts.button} <span className="sr-only">{fill(texts.context, revisionNumber, uiLocale)}</span>
      </button>
      <p role="status" className="restore-message">
        {state?.ok ? fill(texts.restored, state.revisionNumber, uiLocale) : null}
        {state?.ok && state.status === 'PUBLISHED' && !state.live ? ` ${texts.restoredUnpublished}` : null}
      </p>
      {state && !state.ok ? (
        <p role="alert" className="restore-error">
          {texts.errors[state.error]}
          {state.error === 'conflict' ? ` ${texts.conflictHint}` : null}
        </p>
      ) : null}
    </form>
  );
}
