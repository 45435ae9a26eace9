'use client';

import {
  archiveTranslationAction,
  publishTranslationAction,
  reopenTranslationAction,
  submitForReviewAction,
  unpublishTranslationAction,
} from '@/lib/editor/actions';
import type { WorkflowStatus } from '@/lib/editor/coverage-state';
import type { ActionResult } from '@/lib/editor/errors';
import type { TranslationPermissions } from '@/lib/editor/translation-queries';
import type { StepOutcome } from '@/lib/editor/translation-steps';
import { canTakeStep } from '@/lib/editor/workflow-transitions';
import { ScheduleForm } from './schedule-form';
import { StepForm, type StepAction, type StepTarget } from './step-form';
import type { ErrorMessages, TranslationMessages } from './translation-messages';

export type StepKind = 'submit' | 'publish' | 'schedule' | 'unpublish' | 'archive' | 'reopen';

type Props = {
  status: WorkflowStatus;
  unpublishedChanges: boolean;
  can: TranslationPermissions;
  target: StepTarget;
  /** Unsaved text in the form: the steps act on the saved text, so those that publish it wait. */
  dirty: boolean;
  onResult: (kind: StepKind, result: ActionResult<StepOutcome>) => void;
  messages: TranslationMessages;
  errors: ErrorMessages;
};

const actions: Record<Exclude<StepKind, 'schedule'>, StepAction> = {
  submit: submitForReviewAction,
  publish: publishTranslationAction,
  unpublish: unpublishTranslationAction,
  archive: archiveTranslationAction,
  reopen: reopenTranslationAction,
};

/** Which steps make sense from a status: the actions' own rule, minus steps that would change nothing. */
function availableSteps(status: WorkflowStatus, unpublishedChanges: boolean, can: TranslationPermissions) {
  const changesWaiting = status !== 'PUBLISHED' || unpublishedChanges;
  return {
    submit: can.submit && canTakeStep('submit', status) && status !== 'IN_REVIEW' && changesWaiting,
    publish: can.publish && canTakeStep('publish', status) && changesWaiting,
    unpublish: can.unpublish && canTakeStep('unpublish', status),
    archive: can.archive && canTakeStep('archive', status),
    reopen: can.archive && canTakeStep('reopen', status),
    schedule: can.schedule && canTakeStep('schedule', status),
  };
}

/** The workflow buttons of a saved translation, each carrying the version the form is at. */
export function WorkflowActions({ status, unpublishedChanges, can, target, dirty, onResult, messages, errors }: Props) {
  const steps = availableSteps(status, unpublishedChanges, can);
  const labels = {
    submit: messages.submitForReview,
    publish: messages.publish,
    unpublish: messages.unpublish,
    archive: messages.archive,
    reopen: messages.reopen,
  };
  const waitsForSave = (kind: StepKind) => dirty && (kind === 'submit' || kind === 'publish' || kind === 'schedule');
  const buttons = (Object.keys(actions) as Array<keyof typeof actions>).filter((kind) => steps[kind]);
  if (buttons.length === 0 && !steps.schedule) return null;
  return (
    <section className="workflow" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{messages.workflowHeading}</h2>
      {dirty ? <p className="hint">{messages.saveChangesFirst}</p> : null}
      <div className="workflow-steps">
        {buttons.map((kind) => (
          <StepForm
            key={kind}
            action={actions[kind]}
            label={labels[kind]}
            target={target}
            disabled={waitsForSave(kind)}
            onResult={(result) => onResult(kind, result)}
          />
        ))}
      </div>
      {steps.schedule ? (
        <ScheduleForm
          target={target}
          disabled={waitsForSave('schedule')}
          onResult={(result) => onResult('schedule', result)}
          messages={messages}
          errors={errors}
        />
      ) : null}
    </section>
  );
}
