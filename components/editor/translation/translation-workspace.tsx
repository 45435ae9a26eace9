'use client';

import type { ReactNode } from 'react';
import type { WorkflowStatus } from '@/lib/editor/coverage-state';
import type { TranslationPermissions } from '@/lib/editor/translation-queries';
import { canTakeStep } from '@/lib/editor/workflow-transitions';
import type { Locale } from '@/lib/i18n/locales';
import type { MarkdownLabels } from '@/lib/markdown/render-markdown';
import { ActionMessage } from './action-message';
import { canAutosave } from './autosave-plan';
import { AutosaveStatus } from './autosave-status';
import { BackupOffer } from './backup-offer';
import { ConflictPanel } from './conflict-panel';
import { TranslationForm } from './translation-form';
import type { ErrorMessages, TranslationMessages } from './translation-messages';
import type { TranslationText } from './translation-text';
import { useTranslationAutosave } from './use-translation-autosave';
import { useTranslationSession } from './use-translation-session';
import { WorkflowActions } from './workflow-actions';

type Props = {
  uiLocale: Locale;
  announcementId: string;
  contentLocale: Locale;
  /** The source revision shown beside the form; null for the source text itself. */
  sourceRevisionId: string | null;
  loaded: { text: TranslationText; version: number; savedAt: string | null };
  /** Null while the translation does not exist yet. */
  status: WorkflowStatus | null;
  unpublishedChanges: boolean;
  can: TranslationPermissions;
  /** The pinned source text, rendered on the server; null for the source text itself. */
  source: ReactNode;
  signInHref: string;
  messages: TranslationMessages;
  errors: ErrorMessages;
  previewLabels: MarkdownLabels;
};

/**
 * The editing side of the page: the form, the answer to the last action and the workflow buttons,
 * with the source text (or, after a conflict, the other person's text above it) beside them.
 */
export function TranslationWorkspace(props: Props) {
  const { uiLocale, announcementId, contentLocale, messages, errors } = props;
  const session = useTranslationSession(props);
  const { conflict } = session;
  const autosave = useTranslationAutosave({
    allowed: canAutosave(props.status, props.can.edit),
    announcementId,
    contentLocale,
    sourceRevisionId: props.sourceRevisionId,
    session,
  });
  const aside = conflict || props.source;
  return (
    <div className={aside ? 'translation-columns' : 'translation-columns translation-columns-single'}>
      {aside ? (
        <div className="translation-aside">
          {conflict ? (
            <ConflictPanel
              conflict={conflict}
              mine={session.text}
              overwriting={session.overwriting}
              uiLocale={uiLocale}
              contentLocale={contentLocale}
              onTakeTheirs={() => session.takeTheirs(conflict)}
              onKeepMine={() => session.keepMine(conflict)}
              messages={messages}
            />
          ) : null}
          {props.source}
        </div>
      ) : null}
      <div className="translation-main">
        {session.backupOffer ? (
          <BackupOffer
            backup={session.backupOffer}
            uiLocale={uiLocale}
            onRestore={session.restoreBackup}
            onDiscard={session.discardBackup}
            messages={messages}
          />
        ) : null}
        <TranslationForm
          announcementId={announcementId}
          contentLocale={contentLocale}
          sourceRevisionId={props.sourceRevisionId}
          version={session.version}
          text={session.text}
          onTextChange={session.editText}
          dirty={session.dirty}
          autosaving={autosave.saving}
          onPendingChange={autosave.setManualPending}
          // "Save and publish" follows the publish button's rule: not on an archived text.
          can={{ ...props.can, publish: props.can.publish && (props.status === null || canTakeStep('publish', props.status)) }}
          onResult={autosave.onManualResult}
          messages={messages}
          errors={errors}
          previewLabels={props.previewLabels}
        />
        <AutosaveStatus report={autosave.report} uiLocale={uiLocale} messages={messages} />
        <ActionMessage notice={session.notice} />
        {props.status ? (
          <WorkflowActions
            status={props.status}
            unpublishedChanges={props.unpublishedChanges}
            can={props.can}
            target={{ announcementId, locale: contentLocale, version: session.version }}
            dirty={session.dirty}
            onResult={session.onStep}
            messages={messages}
            errors={errors}
          />
        ) : props.can.publish || props.can.submit ? (
          <p className="hint">{messages.saveFirst}</p>
        ) : null}
      </div>
    </div>
  );
}
