'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/editor/errors';
import type { GroupOutcome } from '@/lib/editor/import-confirm';
import type { DocumentText } from '@/lib/import/preview';
import { memberFieldKey } from '@/lib/import/schema';
import type { Locale } from '@/lib/i18n/locales';
import { announcementEditorPath } from '@/lib/auth/editor-paths';
import type { ErrorTexts } from '../announcement/form-feedback';
import type { EditedTexts } from './import-review-state';
import type { ArrangedGroup } from './import-grouping';
import { DocumentCard } from './document-card';
import { GroupChoice } from './group-choice';
import type { RecleanStatus } from './use-reclean';

type Props = {
  index: number;
  uiLocale: Locale;
  group: ArrangedGroup;
  /** Every announcement of the batch, numbered as shown, for "Import as part of". */
  numbered: { id: string; number: number }[];
  texts: EditedTexts;
  onEdit: (key: string, text: DocumentText) => void;
  onMove: (key: string, groupId: string) => void;
  recleaned: Record<string, RecleanStatus | undefined>;
  errors: FieldErrors;
  outcome: GroupOutcome | undefined;
  errorTexts: ErrorTexts;
  locked: boolean;
  /** Once a confirmation created something, the grouping stays as it was confirmed. */
  groupingLocked: boolean;
};

function Outcome({ outcome, uiLocale, errorTexts }: { outcome: GroupOutcome; uiLocale: Locale; errorTexts: ErrorTexts }) {
  const t = useTranslations('EditorImport');
  if (outcome.status === 'failed') {
    return <p className="form-message form-message-error">{t('outcomeFailed', { reason: errorTexts[outcome.error] })}</p>;
  }
  return (
    <p className="form-message form-message-success">
      {outcome.status === 'created' ? t('outcomeCreated') : t('outcomeExisting')}{' '}
      <Link href={announcementEditorPath(uiLocale, outcome.announcementId)}>{t('openAnnouncement')}</Link>
    </p>
  );
}

/** One announcement to create: why its documents belong together, their texts, and what confirming made of it. */
export function GroupSection({ index, uiLocale, group, numbered, texts, onEdit, onMove, recleaned, errors, outcome, errorTexts, locked, groupingLocked }: Props) {
  const t = useTranslations('EditorImport');
  const headingId = `import-group-${index}`;
  const { documents, proposal } = group;
  return (
    <section className="import-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('groupHeading', { number: index + 1 })}</h3>
      {documents.length > 1 ? (
        <p className="field-hint">
          {proposal ? t('groupedBy', { numbers: proposal.numbers.join(', ') }) : t('groupMixed')} {t('sourceFirst')}
        </p>
      ) : null}
      {outcome ? <Outcome outcome={outcome} uiLocale={uiLocale} errorTexts={errorTexts} /> : null}
      {documents.map((document, member) => {
        const text = texts[document.key];
        const choice =
          numbered.length > 1 || documents.length > 1 ? (
            <GroupChoice
              documentKey={document.key}
              current={group.id}
              groups={numbered}
              alone={documents.length === 1}
              onChoose={(groupId) => onMove(document.key, groupId)}
              disabled={locked || groupingLocked}
            />
          ) : null;
        return text ? (
          <DocumentCard
            key={document.key}
            document={document}
            text={text}
            onChange={(next) => onEdit(document.key, next)}
            errorOf={(field) => errors[memberFieldKey(index, member, field)]}
            errorTexts={errorTexts}
            locked={locked}
            choice={choice}
            recleaned={recleaned[document.key]}
          />
        ) : null;
      })}
    </section>
  );
}
