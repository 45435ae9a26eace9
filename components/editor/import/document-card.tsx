'use client';

import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { EditorErrorCode } from '@/lib/editor/errors';
import type { DocumentPreview, DocumentText } from '@/lib/import/preview';
import { localeInfo } from '@/lib/i18n/locales';
import type { ErrorTexts } from '../announcement/form-feedback';
import { DocumentFields } from './document-fields';
import { OriginalLines } from './original-lines';
import type { RecleanStatus } from './use-reclean';
import { WarningList } from './warning-list';

type Props = {
  document: DocumentPreview;
  text: DocumentText;
  onChange: (text: DocumentText) => void;
  errorOf: (field: string) => EditorErrorCode[] | undefined;
  errorTexts: ErrorTexts;
  locked: boolean;
  /** Where the text goes: its announcement, another one, or one of its own. */
  choice: ReactNode;
  /** Whether the chosen language's cleaning ran again after the editor changed the language. */
  recleaned: RecleanStatus | undefined;
};

const recleanKeys = { converted: 'localeRecleanedConverted', rerun: 'localeRecleaned', none: 'localeChanged' } as const;

/** One cleaned document: what was detected, its editable text, its warnings and its original lines. */
export function DocumentCard({ document, text, onChange, errorOf, errorTexts, locked, choice, recleaned }: Props) {
  const t = useTranslations('EditorImport');
  const name = document.name || t('pastedText');
  const headingId = `import-document-${document.key}`;
  return (
    <article className="import-document" aria-labelledby={headingId}>
      <h4 id={headingId} dir="auto">
        {name}
      </h4>
      <p className="field-hint">
        {document.locale
          ? t('detected', { language: localeInfo[document.locale].nativeName, confidence: document.confidence })
          : t('notDetected')}
        {document.name ? ` ${t('encoding', { encoding: document.encoding })}` : null}
      </p>
      <WarningList warnings={document.warnings} />
      {choice}
      {text.locale !== null && text.locale !== document.locale ? (
        <p className="form-message" role="note">
          {t(recleanKeys[recleaned ?? 'none'])}
        </p>
      ) : null}
      <DocumentFields text={text} onChange={onChange} errorOf={errorOf} errorTexts={errorTexts} disabled={locked} />
      <OriginalLines lines={document.lines} locale={document.locale} captions={document.captions.length} />
    </article>
  );
}
