'use client';

import { useState, useSyncExternalStore } from 'react';
import { scheduleTranslationAction } from '@/lib/editor/actions';
import type { ActionResult } from '@/lib/editor/errors';
import type { StepOutcome } from '@/lib/editor/translation-steps';
import { describedBy, FieldError } from './field-error';
import { StepFields, type StepTarget } from './step-form';
import { fillMessage, type ErrorMessages, type TranslationMessages } from './translation-messages';
import { useEditorAction } from './use-editor-action';
import { useHydrated } from './use-hydrated';

const subscribeNever = () => () => {};
const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
// Rendered on the server (and before the page's script runs) the time is read as UTC, which is what
// the action assumes when no time zone is sent, and what the page says.
const serverTimeZone = () => 'UTC';

type Props = {
  target: StepTarget;
  disabled: boolean;
  onResult: (result: ActionResult<StepOutcome>) => void;
  messages: TranslationMessages;
  errors: ErrorMessages;
};

/** A date and time to publish at, read in the browser's time zone (sent along, and shown). */
export function ScheduleForm({ target, disabled, onResult, messages, errors }: Props) {
  const timeZone = useSyncExternalStore(subscribeNever, browserTimeZone, serverTimeZone);
  const [publishAt, setPublishAt] = useState('');
  const [state, formAction, pending] = useEditorAction(scheduleTranslationAction, onResult);
  const hydrated = useHydrated();
  const codes = state && !state.ok ? state.fieldErrors?.publishAt : undefined;
  return (
    <form action={formAction} className="schedule-form" noValidate>
      <StepFields {...target} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <div className="field">
        <label htmlFor="publishAt">{messages.publishAt}</label>
        <div className="schedule-row">
          <input
            id="publishAt"
            name="publishAt"
            type="datetime-local"
            value={publishAt}
            onChange={(event) => setPublishAt(event.target.value)}
            readOnly={!hydrated}
            aria-invalid={codes ? true : undefined}
            aria-describedby={describedBy('publishAt-zone', 'publishAt-error', codes)}
          />
          <button type="submit" className="button-secondary" disabled={disabled || pending || !hydrated}>
            {messages.schedule}
          </button>
        </div>
        <p id="publishAt-zone" className="hint">
          {fillMessage(messages.timeZone, { zone: timeZone })}
        </p>
        <FieldError id="publishAt-error" codes={codes} errors={errors} />
      </div>
    </form>
  );
}
