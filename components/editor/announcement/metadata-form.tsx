'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useId, useState, type ReactNode } from 'react';
import { updateAnnouncementMetadataAction } from '@/lib/editor/actions';
import type { ActionResult } from '@/lib/editor/errors';
import { describedBy, FieldError, fieldErrorsOf, FormMessage, type ErrorTexts } from './form-feedback';
import { MetadataFields, type Choice, type MetadataFieldLabels, type MetadataValues } from './metadata-fields';
import { callSafely, submitKept } from './submit-kept';

export type SettingsValues = MetadataValues & { lifecycle: string; supersededById: string };

export type MetadataFormLabels = MetadataFieldLabels &
  Record<
    | 'fieldLifecycle'
    | 'lifecycleHint'
    | 'fieldSupersededBy'
    | 'supersededByHint'
    | 'save'
    | 'saving'
    | 'saved'
    | 'metadataConflict',
    string
  >;

type Props = {
  announcementId: string;
  /** The settings as saved now; refreshed from the server after every attempt. */
  saved: SettingsValues & { version: number };
  sourceLocales: Choice[];
  events: Choice[];
  topics: Choice[];
  lifecycles: Choice[];
  /** Recent announcements, offered as suggestions for "superseded by". */
  successorSuggestions: Choice[];
  /** Shown after a conflict: the settings someone else saved. */
  savedSummary: ReactNode;
  labels: MetadataFormLabels;
  errorTexts: ErrorTexts;
};

type Saved = ActionResult<{ version: number }>;

/** The settings every language of the announcement shares, with optimistic locking on its version. */
export function MetadataForm({ announcementId, saved, sourceLocales, events, topics, lifecycles, successorSuggestions, savedSummary, labels, errorTexts }: Props) {
  const router = useRouter();
  const id = useId();
  const [values, setValues] = useState<SettingsValues>(() => ({ ...saved, topicIds: [...saved.topicIds] }));
  const [state, dispatch, pending] = useActionState(
    (previous: Saved | null, form: FormData) => callSafely(() => updateAnnouncementMetadataAction(previous, form)),
    null,
  );

  // Reload the page's server part after every attempt: the translation list, the delete form's
  // version and, after a conflict, the settings saved now. The form's own values stay as they are.
  useEffect(() => {
    if (state) router.refresh();
  }, [state, router]);

  const errors = fieldErrorsOf(state);
  // The field takes an address too; an address that names no announcement fails the id rules.
  const successorErrors = errors.supersededById?.map((code) => (code === 'invalid' ? 'supersededByInvalid' : code));
  const version = state?.ok ? Math.max(state.version, saved.version) : saved.version;
  const lifecycleId = `${id}-lifecycle`;
  const successor = { field: `${id}-successor`, hint: `${id}-successor-hint`, error: `${id}-successor-error`, list: `${id}-suggestions` };
  const conflict = state !== null && !state.ok && state.error === 'conflict';
  const failureText = state && !state.ok ? (conflict ? labels.metadataConflict : errorTexts[state.error]) : null;

  return (
    <form className="editor-form" action={dispatch} onSubmit={submitKept(dispatch)} noValidate>
      <input type="hidden" name="announcementId" value={announcementId} />
      <input type="hidden" name="version" value={version} />
      <MetadataFields
        values={values}
        onChange={(metadata) => setValues((current) => ({ ...current, ...metadata }))}
        sourceLocales={sourceLocales}
        events={events}
        topics={topics}
        errors={errors}
        labels={labels}
        errorTexts={errorTexts}
      />

      <div className="field">
        <label htmlFor={lifecycleId}>{labels.fieldLifecycle}</label>
        <select
          id={lifecycleId}
          name="lifecycle"
          value={values.lifecycle}
          onChange={(e) => setValues((current) => ({ ...current, lifecycle: e.target.value }))}
          aria-describedby={`${lifecycleId}-hint`}
        >
          {lifecycles.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
        <p id={`${lifecycleId}-hint`} className="field-hint">
          {labels.lifecycleHint}
        </p>
      </div>

      {values.lifecycle === 'SUPERSEDED' ? (
        <div className="field">
          <label htmlFor={successor.field}>{labels.fieldSupersededBy}</label>
          <input
            id={successor.field}
            name="supersededById"
            value={values.supersededById}
            onChange={(e) => setValues((current) => ({ ...current, supersededById: e.target.value }))}
            list={successor.list}
            dir="ltr"
            spellCheck={false}
            autoComplete="off"
            aria-describedby={describedBy(successor.hint, successorErrors && successor.error)}
            aria-invalid={successorErrors ? true : undefined}
          />
          <datalist id={successor.list}>
            {successorSuggestions.map((choice) => (
              <option key={choice.value} value={choice.value} label={choice.label} />
            ))}
          </datalist>
          <p id={successor.hint} className="field-hint">
            {labels.supersededByHint}
          </p>
          <FieldError id={successor.error} codes={successorErrors} texts={errorTexts} />
        </div>
      ) : null}

      <FormMessage error={failureText} success={state?.ok ? labels.saved : null} />
      {conflict ? savedSummary : null}
      <button type="submit" disabled={pending}>
        {pending ? labels.saving : labels.save}
      </button>
    </form>
  );
}
