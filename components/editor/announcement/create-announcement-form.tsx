'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useId, useState } from 'react';
import { createAnnouncementAction } from '@/lib/editor/actions';
import type { ActionResult } from '@/lib/editor/errors';
import { isLocale, localeInfo, type Locale } from '@/lib/i18n/locales';
import { announcementEditorPath } from '@/lib/auth/editor-paths';
import { describedBy, FieldError, fieldErrorsOf, FormMessage, type ErrorTexts } from './form-feedback';
import { MetadataFields, type Choice, type MetadataFieldLabels, type MetadataValues } from './metadata-fields';
import { submitKept, callSafely } from './submit-kept';

export type CreateFormLabels = MetadataFieldLabels &
  Record<'fieldTitle' | 'fieldSummary' | 'fieldSlug' | 'slugHint' | 'fieldBody' | 'create' | 'creating' | 'created' | 'openCreated', string>;

type Props = {
  uiLocale: Locale;
  sourceLocales: Choice[];
  events: Choice[];
  topics: Choice[];
  labels: CreateFormLabels;
  errorTexts: ErrorTexts;
};

type Created = ActionResult<{ announcementId: string }>;

type TextValues = Record<'title' | 'summary' | 'slug' | 'body', string>;

/** The new announcement: its language-independent settings and its source text, saved as a draft. */
export function CreateAnnouncementForm({ uiLocale, sourceLocales, events, topics, labels, errorTexts }: Props) {
  const router = useRouter();
  const id = useId();
  const [metadata, setMetadata] = useState<MetadataValues>({ sourceLocale: uiLocale, eventId: '', eventDate: '', topicIds: [] });
  const [text, setText] = useState<TextValues>({ title: '', summary: '', slug: '', body: '' });
  const [state, dispatch, pending] = useActionState(
    (previous: Created | null, form: FormData) => callSafely(() => createAnnouncementAction(previous, form)),
    null,
  );
  const createdPath = state?.ok ? announcementEditorPath(uiLocale, state.announcementId) : null;

  useEffect(() => {
    if (createdPath) router.push(createdPath);
  }, [createdPath, router]);

  const errors = fieldErrorsOf(state);
  const contentLocale = isLocale(metadata.sourceLocale) ? metadata.sourceLocale : uiLocale;
  const content = { lang: contentLocale, dir: localeInfo[contentLocale].dir };
  const ids = (name: string) => ({ field: `${id}-${name}`, error: `${id}-${name}-error`, hint: `${id}-${name}-hint` });
  const fieldProps = (name: keyof TextValues, hint?: string) => ({
    id: ids(name).field,
    name,
    value: text[name],
    onChange: (e: { target: { value: string } }) => setText((current) => ({ ...current, [name]: e.target.value })),
    'aria-describedby': describedBy(hint, errors[name] && ids(name).error),
    'aria-invalid': errors[name] ? true : undefined,
  });

  return (
    <form className="editor-form" action={dispatch} onSubmit={submitKept(dispatch)} noValidate>
      <MetadataFields
        values={metadata}
        onChange={setMetadata}
        sourceLocales={sourceLocales}
        events={events}
        topics={topics}
        errors={errors}
        labels={labels}
        errorTexts={errorTexts}
      />

      <div className="field">
        <label htmlFor={ids('title').field}>{labels.fieldTitle}</label>
        <input {...fieldProps('title')} {...content} required maxLength={300} />
        <FieldError id={ids('title').error} codes={errors.title} texts={errorTexts} />
      </div>
      <div className="field">
        <label htmlFor={ids('summary').field}>{labels.fieldSummary}</label>
        <textarea {...fieldProps('summary')} {...content} rows={3} />
        <FieldError id={ids('summary').error} codes={errors.summary} texts={errorTexts} />
      </div>
      <div className="field">
        <label htmlFor={ids('slug').field}>{labels.fieldSlug}</label>
        <input {...fieldProps('slug', ids('slug').hint)} dir="ltr" spellCheck={false} autoCapitalize="none" />
        <p id={ids('slug').hint} className="field-hint">
          {labels.slugHint}
        </p>
        <FieldError id={ids('slug').error} codes={errors.slug} texts={errorTexts} />
      </div>
      <div className="field">
        <label htmlFor={ids('body').field}>{labels.fieldBody}</label>
        <textarea {...fieldProps('body')} {...content} rows={16} className="markdown-input" />
        <FieldError id={ids('body').error} codes={errors.body} texts={errorTexts} />
      </div>

      <FormMessage error={state && !state.ok ? errorTexts[state.error] : null} success={createdPath ? labels.created : null} />
      {createdPath ? (
        <p>
          <Link href={createdPath}>{labels.openCreated}</Link>
        </p>
      ) : null}
      <button type="submit" disabled={pending || createdPath !== null}>
        {pending ? labels.creating : labels.create}
      </button>
    </form>
  );
}
