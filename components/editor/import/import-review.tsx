'use client';

import { useTranslations } from 'next-intl';
import { startTransition, useActionState, useState } from 'react';
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
import { buildConfirmInput, confirmErrors, groupDocuments, initialTexts, isAllCreated } from './import-review-state';

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
  const [state, dispatch, pending] = useActionState(confirmChecked, null);
  const groups = groupDocuments(preview);
  const outcomes = state?.ok ? state.outcomes : undefined;
  const done = isAllCreated(outcomes, groups.length);
  const errors = confirmErrors(state);
  const edit = (key: string, text: DocumentText) => setTexts((current) => ({ ...current, [key]: text }));
  const confirm = () => startTransition(() => dispatch(buildConfirmInput(token, preview, texts)));

  return (
    <section className="import-review" aria-labelledby="import-review-heading">
      <h2 id="import-review-heading">{t('reviewHeading')}</h2>
      <BatchSummary documents={preview.documents} />
      {groups.map((documents, index) => (
        <GroupSection
          key={documents.map((document) => document.key).join('-')}
          index={index}
          uiLocale={uiLocale}
          group={preview.groups[index]}
          documents={documents}
          texts={texts}
          onEdit={edit}
          errors={errors}
          outcome={outcomes?.[index]}
          errorTexts={errorTexts}
          locked={done || pending}
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
          <button type="button" onClick={confirm} disabled={pending}>
            {pending ? t('confirming') : t('confirm')}
          </button>
        </>
      ) : null}
    </section>
  );
}
