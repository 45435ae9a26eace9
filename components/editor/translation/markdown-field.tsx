'use client';

import { useRef, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import type { EditorErrorCode } from '@/lib/editor/errors';
import { BODY_MAX } from '@/lib/editor/schema';
import type { MarkdownLabels } from '@/lib/markdown/render-markdown';
import { describedBy, FieldError } from './field-error';
import { applyMarkdownCommand, type MarkdownCommand } from './markdown-edits';
import { MarkdownPreview } from './markdown-preview';
import { MarkdownToolbar, shortcutKeys } from './markdown-toolbar';
import type { ErrorMessages, TranslationMessages } from './translation-messages';

type Props = {
  value: string;
  onChange: (value: string) => void;
  readOnly: boolean;
  /** Whether the formatting toolbar is offered (it is disabled while the field is read-only). */
  tools: boolean;
  lang: string;
  dir: 'ltr' | 'rtl';
  errorCodes: EditorErrorCode[] | undefined;
  messages: TranslationMessages;
  errors: ErrorMessages;
  previewLabels: MarkdownLabels;
};

const commandOfKey = Object.fromEntries(Object.entries(shortcutKeys).map(([command, key]) => [key, command])) as Record<string, MarkdownCommand>;

/** The body: a Markdown textarea with its formatting toolbar and a live preview. */
export function MarkdownField({ value, onChange, readOnly, tools, lang, dir, errorCodes, messages, errors, previewLabels }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);

  function apply(command: MarkdownCommand) {
    const textarea = area.current;
    if (!textarea) return;
    const next = applyMarkdownCommand(command, { value: textarea.value, start: textarea.selectionStart, end: textarea.selectionEnd });
    // The new text must be in the textarea before its selection can be placed in it.
    flushSync(() => onChange(next.value));
    textarea.focus();
    textarea.setSelectionRange(next.start, next.end);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (readOnly || event.altKey || event.shiftKey || !(event.ctrlKey || event.metaKey)) return;
    const command = commandOfKey[event.key.toLowerCase()];
    if (!command) return;
    event.preventDefault();
    apply(command);
  }

  const labels = {
    bold: messages.bold,
    italic: messages.italic,
    heading: messages.heading,
    link: messages.link,
    bulletList: messages.bulletList,
    numberedList: messages.numberedList,
    quote: messages.quote,
  };
  return (
    <div className="field markdown-field">
      <label htmlFor="body">{messages.fieldBody}</label>
      {tools ? (
        <MarkdownToolbar label={messages.toolbar} labels={labels} controls="body" disabled={readOnly} onCommand={apply} />
      ) : null}
      <textarea
        ref={area}
        id="body"
        name="body"
        rows={18}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        readOnly={readOnly}
        maxLength={BODY_MAX}
        lang={lang}
        dir={dir}
        aria-invalid={errorCodes ? true : undefined}
        aria-describedby={describedBy(null, 'body-error', errorCodes)}
      />
      <FieldError id="body-error" codes={errorCodes} errors={errors} />
      <MarkdownPreview
        markdown={value}
        labels={previewLabels}
        lang={lang}
        dir={dir}
        heading={messages.preview}
        hint={messages.previewHint}
        empty={messages.previewEmpty}
      />
    </div>
  );
}
