'use client';

import { useMemo } from 'react';
import { TextDiffView } from '@/components/editor/diff/text-diff-view';
import type { ConflictInfo } from '@/lib/editor/errors';
import { diffTexts } from '@/lib/editor/text-diff';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import { fillMessage, type TranslationMessages } from './translation-messages';
import type { TranslationText } from './translation-text';

type Props = {
  conflict: ConflictInfo;
  mine: TranslationText;
  /** The user chose to keep their text: the next save overwrites the other one. */
  overwriting: boolean;
  uiLocale: Locale;
  contentLocale: Locale;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
  messages: TranslationMessages;
};

/** What someone else saved while this form was open, beside the user's own text, and the two ways on. */
export function ConflictPanel({ conflict, mine, overwriting, uiLocale, contentLocale, onTakeTheirs, onKeepMine, messages }: Props) {
  const language = { lang: contentLocale, dir: localeInfo[contentLocale].dir };
  const changes = useMemo(() => diffTexts(conflict, mine, contentLocale), [conflict, mine, contentLocale]);
  // Shown only after an action answered, so the browser's own clock and time zone can format it.
  const date = new Intl.DateTimeFormat(uiLocale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(conflict.savedAt));
  const fields = { title: messages.fieldTitle, summary: messages.fieldSummary, slug: messages.fieldSlug, body: messages.fieldBody };
  return (
    <section className="conflict-panel" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">{messages.conflictHeading}</h2>
      <p className="meta">
        {conflict.savedBy
          ? fillMessage(messages.conflictSavedBy, { date, name: conflict.savedBy })
          : fillMessage(messages.conflictSaved, { date })}
      </p>
      <dl className="conflict-text" data-testid="their-text">
        {(['title', 'summary', 'slug', 'body'] as const).map((field) => (
          <div key={field}>
            <dt>{fields[field]}</dt>
            <dd {...(field === 'slug' ? { lang: 'en', dir: 'ltr' as const } : language)}>{conflict[field]}</dd>
          </div>
        ))}
      </dl>
      <h3>{messages.conflictDiff}</h3>
      <TextDiffView changes={changes} labels={fields} {...language} unchangedLabel={messages.diffUnchanged} />
      {overwriting ? (
        <p className="notice">{messages.overwriteChosen}</p>
      ) : (
        <>
          <p>{messages.conflictExplain}</p>
          <div className="conflict-choices">
            <button type="button" className="button-secondary" onClick={onTakeTheirs}>
              {messages.takeTheirs}
            </button>
            <button type="button" className="button-secondary" onClick={onKeepMine}>
              {messages.keepMine}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
