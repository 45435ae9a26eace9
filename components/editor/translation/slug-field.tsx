'use client';

import { useState, useTransition } from 'react';
import type { EditorErrorCode } from '@/lib/editor/errors';
import { SLUG_MAX } from '@/lib/editor/schema';
import { suggestSlugAction } from '@/lib/editor/slug-suggestion';
import { describedBy, FieldError } from './field-error';
import type { ErrorMessages, TranslationMessages } from './translation-messages';

type Props = {
  value: string;
  onChange: (value: string) => void;
  title: string;
  announcementId: string;
  locale: string;
  readOnly: boolean;
  /** Whether the suggestion button is offered (it is disabled while the field is read-only). */
  tools: boolean;
  errorCodes: EditorErrorCode[] | undefined;
  messages: TranslationMessages;
  errors: ErrorMessages;
};

/** The address field: editable, generated from the title when left empty, with a suggestion button. */
export function SlugField({ value, onChange, title, announcementId, locale, readOnly, tools, errorCodes, messages, errors }: Props) {
  const [suggesting, startSuggesting] = useTransition();
  const [suggestionError, setSuggestionError] = useState<EditorErrorCode | null>(null);
  const codes = suggestionError ? [suggestionError] : errorCodes;

  function suggest() {
    startSuggesting(async () => {
      try {
        const result = await suggestSlugAction({ announcementId, locale, title });
        setSuggestionError(result.ok ? null : result.error);
        if (result.ok) onChange(result.slug);
      } catch {
        setSuggestionError('saveFailed');
      }
    });
  }

  return (
    <div className="field slug-field">
      <label htmlFor="slug">{messages.fieldSlug}</label>
      <div className="slug-row">
        <input
          id="slug"
          name="slug"
          value={value}
          onChange={(event) => {
            setSuggestionError(null);
            onChange(event.target.value);
          }}
          readOnly={readOnly}
          maxLength={SLUG_MAX}
          // Slugs are ASCII addresses whatever the text's language.
          lang="en"
          dir="ltr"
          spellCheck={false}
          autoComplete="off"
          aria-invalid={codes ? true : undefined}
          aria-describedby={describedBy('slug-hint', 'slug-error', codes)}
        />
        {tools ? (
          <button type="button" className="button-secondary" onClick={suggest} disabled={readOnly || suggesting || title.trim() === ''}>
            {messages.suggestSlug}
          </button>
        ) : null}
      </div>
      <p id="slug-hint" className="hint">
        {messages.slugHint}
      </p>
      <FieldError id="slug-error" codes={codes} errors={errors} />
    </div>
  );
}
