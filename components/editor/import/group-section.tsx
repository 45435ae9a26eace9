'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/editor/errors';
import type { GroupOutcome } from '@/lib/editor/import-confirm';
import type { DocumentPreview, DocumentText, PreviewGroup } from '@/lib/import/preview';
import { memberFieldKey } from '@/lib/import/schema';
import type { Locale } from '@/lib/i18n/locales';
import { announcementEditorPath } from '@/lib/auth/editor-paths';
import type { ErrorTexts } from '../announcement/form-feedback';
import type { EditedTexts } from './import-review-state';
import { DocumentCard } from './document-card';

type Props = {
  index: number;
  uiLocale: Locale;
  group: PreviewGroup | undefined;
  documents: DocumentPreview[];
  texts: EditedTexts;
  onEdit: (key: string, text: DocumentText) => void;
  errors: FieldErrors;
  outcome: GroupOutcome | undefined;
  errorTexts: ErrorTexts;
  locked: boolean;
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

/** One proposed announcement: why its documents belong together, their texts, and what confirming made of it. */
export function GroupSection({ index, uiLocale, group, documents, texts, onEdit, errors, outcome, errorTexts, locked }: Props) {
  const t = useTranslations('EditorImport');
  const headingId = `import-group-${index}`;
  return (
    <section className="import-group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('groupHeading', { number: index + 1 })}</h3>
      {documents.length > 1 ? (
        <p className="field-hint">
          {t('groupedBy', { numbers: group?.numbers.join(', ') ?? '' })} {t('sourceFirst')}
        </p>
      ) : null}
      {outcome ? <Outcome outcome={outcome} uiLocale={uiLocale} errorTexts={errorTexts} /> : null}
      {documents.map((document, member) => {
        const text = texts[document.key];
        return text ? (
          <DocumentCard
            key={document.key}
            document={document}
            text={text}
            onChange={(next) => onEdit(document.key, next)}
            errorOf={(field) => errors[memberFieldKey(index, member, field)]}
            errorTexts={errorTexts}
            locked={locked}
          />
        ) : null;
      })}
    </section>
  );
}
