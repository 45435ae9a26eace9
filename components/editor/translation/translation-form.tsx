'use client';

import { useEffect, useState } from 'react';
import { saveTranslationAction } from '@/lib/editor/actions';
import type { ActionResult } from '@/lib/editor/errors';
import type { TranslationPermissions } from '@/lib/editor/translation-queries';
import type { SaveOutcome } from '@/lib/editor/save-translation';
import { SUMMARY_MAX, TITLE_MAX } from '@/lib/editor/schema';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import type { MarkdownLabels } from '@/lib/markdown/render-markdown';
import { MarkdownField } from './markdown-field';
import { SlugField } from './slug-field';
import { TextField } from './text-field';
import type { ErrorMessages, TranslationMessages } from './translation-messages';
import type { TranslationText } from './translation-text';
import { useEditorAction } from './use-editor-action';
import { useHydrated } from './use-hydrated';

type Props = {
  announcementId: string;
  contentLocale: Locale;
  /** The source revision shown beside the form; null for the source text itself. */
  sourceRevisionId: string | null;
  version: number;
  text: TranslationText;
  onTextChange: (patch: Partial<TranslationText>) => void;
  dirty: boolean;
  /** An automatic save is on its way: a save by hand now would send the same version again. */
  autosaving: boolean;
  onPendingChange: (pending: boolean) => void;
  can: TranslationPermissions;
  onResult: (result: ActionResult<SaveOutcome>, form: FormData) => void;
  messages: TranslationMessages;
  errors: ErrorMessages;
  previewLabels: MarkdownLabels;
};

/**
 * The text form. Every field is controlled: React resets a form after its action, and the text
 * must survive a refused or failed save exactly as typed.
 */
export function TranslationForm(props: Props) {
  const { announcementId, contentLocale, sourceRevisionId, version, text, onTextChange, dirty, can, messages, errors } = props;
  const [minor, setMinor] = useState(false);
  const [state, formAction, pending] = useEditorAction(saveTranslationAction, (result, form) => {
    if (result.ok) setMinor(false);
    props.onResult(result, form);
  });
  const { onPendingChange } = props;
  useEffect(() => onPendingChange(pending), [onPendingChange, pending]);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const hydrated = useHydrated();
  const readOnly = !can.edit;
  const locked = readOnly || !hydrated;
  const busy = pending || props.autosaving;
  const language = { lang: contentLocale, dir: localeInfo[contentLocale].dir };

  return (
    <form action={formAction} className="translation-form" noValidate aria-labelledby="translation-form-heading">
      <h2 id="translation-form-heading">{messages.formHeading}</h2>
      {readOnly ? <p className="notice">{messages.readOnly}</p> : null}
      <input type="hidden" name="announcementId" value={announcementId} />
      <input type="hidden" name="locale" value={contentLocale} />
      <input type="hidden" name="baseVersion" value={version} />
      {sourceRevisionId ? <input type="hidden" name="sourceRevisionId" value={sourceRevisionId} /> : null}
      <TextField
        name="title"
        label={messages.fieldTitle}
        value={text.title}
        onChange={(title) => onTextChange({ title })}
        required
        maxLength={TITLE_MAX}
        readOnly={locked}
        {...language}
        errorCodes={fieldErrors?.title}
        errors={errors}
      />
      <TextField
        name="summary"
        label={messages.fieldSummary}
        value={text.summary}
        onChange={(summary) => onTextChange({ summary })}
        multiline
        maxLength={SUMMARY_MAX}
        readOnly={locked}
        {...language}
        errorCodes={fieldErrors?.summary}
        errors={errors}
      />
      <SlugField
        value={text.slug}
        onChange={(slug) => onTextChange({ slug })}
        title={text.title}
        announcementId={announcementId}
        locale={contentLocale}
        readOnly={locked}
        tools={!readOnly}
        errorCodes={fieldErrors?.slug}
        messages={messages}
        errors={errors}
      />
      <MarkdownField
        value={text.body}
        onChange={(body) => onTextChange({ body })}
        readOnly={locked}
        tools={!readOnly}
        {...language}
        errorCodes={fieldErrors?.body}
        messages={messages}
        errors={errors}
        previewLabels={props.previewLabels}
      />
      {can.markMinor ? (
        <div className="field-check">
          <input id="minor" type="checkbox" name="minor" disabled={!hydrated} checked={minor} onChange={(event) => setMinor(event.target.checked)} />
          <label htmlFor="minor">{messages.minor}</label>
        </div>
      ) : null}
      {readOnly ? null : (
        <div className="form-actions">
          <button type="submit" disabled={busy || !hydrated}>
            {pending ? messages.saving : messages.save}
          </button>
          {can.publish ? (
            <button type="submit" name="publish" value="on" disabled={busy || !hydrated}>
              {messages.saveAndPublish}
            </button>
          ) : null}
          {dirty ? <span className="unsaved">{messages.unsaved}</span> : null}
        </div>
      )}
    </form>
  );
}
