'use client';

import type { ActionResult } from '@/lib/editor/errors';
import type { StepOutcome } from '@/lib/editor/translation-steps';
import { useEditorAction } from './use-editor-action';
import { useHydrated } from './use-hydrated';

export type StepAction = (previous: ActionResult<StepOutcome> | null, form: FormData) => Promise<ActionResult<StepOutcome>>;

export type StepTarget = { announcementId: string; locale: string; version: number };

/** The fields every workflow step sends: which translation, and the version the editor has seen. */
export function StepFields({ announcementId, locale, version }: StepTarget) {
  return (
    <>
      <input type="hidden" name="announcementId" value={announcementId} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

type Props = {
  action: StepAction;
  label: string;
  target: StepTarget;
  disabled?: boolean;
  onResult: (result: ActionResult<StepOutcome>) => void;
};

/** One workflow button (submit for review, publish, unpublish, archive, reopen) as its own small form. */
export function StepForm({ action, label, target, disabled, onResult }: Props) {
  const [, formAction, pending] = useEditorAction(action, onResult);
  const hydrated = useHydrated();
  return (
    <form action={formAction} className="step-form">
      <StepFields {...target} />
      <button type="submit" className="button-secondary" disabled={disabled || pending || !hydrated}>
        {label}
      </button>
    </form>
  );
}
