'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import { confirmImportAction } from '@/lib/editor/actions';
import { failure, type ActionResult } from '@/lib/editor/errors';
import type { ImportConfirmResult } from '@/lib/editor/import-confirm';
import { pathErrorsOf } from '@/lib/editor/zod-errors';
import type { DocumentText, ImportPreview } from '@/lib/import/preview';
import { importConfirmSchema } from '@/lib/import/schema';
import type { Locale } from '@/lib/i18n/locales';
import { FormMessage, type ErrorTexts } from '../announcement/form-feedback';
import { callSafely } from '../announcement/submit-kept';
import { BatchSummary } from './batch-summary';
import { GroupSection } from './group-section';
import { arrangeGroups, initialAssignment } from './import-grouping';
import { buildConfirmInput, confirmErrors, initialTexts, isAllCreated } from './import-review-state';
import { useReclean } from './use-reclean';

type Props = { uiLocale: Locale; token: string; preview: ImportPreview; errorTexts: ErrorTexts };
type Confirmed = ActionResult<ImportConfirmResult>;

async function confirmChecked(previous: Confirmed | null, input: unknown): Promise<Confirmed> {
  const parsed = importConfirmSchema.safeParse(input);
  if (!parsed.success) return failure('invalid', pathErrorsOf(parsed.error));
  return callSafely(() => confirmImportAction(previous, parsed.data));
}

/** The preview of a batch: its status, each proposed announcement with its texts, and "Create drafts". */
export function ImportReview({ uiLocale, token, preview, errorTexts }: Props) {
  const t = useTranslations('EditorImport');
  const [texts, setTexts] = useState(() => initialTexts(preview));
  const [assignment, setAssignment] = useState(() => initialAssignment(preview));
  const [state, dispatch, pending] = useActionState(confirmChecked, null);
  const groups = arrangeGroups(preview, assignment);
  const numbered = groups.map((group, index) => ({ id: group.id, number: index + 1 }));
  const outcomes = state?.ok ? state.outcomes : undefined;
  const done = isAllCreated(outcomes, groups.length);
  const errors = confirmErrors(state);
  const { statuses, reclean } = useReclean(setTexts);
  const edit = (key: string, text: DocumentText) => {
    if (text.locale !== texts[key]?.locale) void reclean(key, text);
    setTexts((current) => ({ ...current, [key]: text }));
  };
  const move = (key: string, groupId: string) => setAssignment((current) => ({ ...current, [key]: groupId }));
  const confirm = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    startTransition(() => dispatch(buildConfirmInput(token, groups, texts)));
  };

  return (
    <form className="import-review" aria-labelledby="import-review-heading" onSubmit={confirm} noValidate>
      <h2 id="import-review-heading">{t('reviewHeading')}</h2>
      <BatchSummary documents={preview.documents} />
      {groups.map((group, index) => (
        <GroupSection
          key={group.id}
          index={index}
          uiLocale={uiLocale}
          group={group}
          numbered={numbered}
          texts={texts}
          onEdit={edit}
          onMove={move}
          recleaned={statuses}
          errors={errors}
          outcome={outcomes?.[index]}
          errorTexts={errorTexts}
          locked={done || pending}
          groupingLocked={outcomes !== undefined}
        />
      ))}
      {groups.length === 0 ? <p role="alert">{t('nothingReady')}</p> : null}
      <FormMessage
        error={state && !state.ok ? errorTexts[state.error] : null}
        success={outcomes ? t('confirmDone', { created: outcomes.filter((outcome) => outcome.status !== 'failed').length, total: groups.length }) : null}
      />
      {groups.length > 0 && !done ? (
        <>
          <p className="field-hint">{t('confirmHint')}</p>
          <button type="submit" disabled={pending}>
            {pending ? t('confirming') : t('confirm')}
          </button>
        </>
      ) : null}
    </form>
  );
}
