'use client';

import { useTranslations } from 'next-intl';
import { MAX_IMPORT_BYTES } from '@/lib/import/decode';
import type { JunkReason } from '@/lib/import/junk';
import type { DocumentPreview, PreviewWarning } from '@/lib/import/preview';
import type messages from '@/messages/en.json';

// The pipeline's codes (refusals, warnings, removal reasons) as texts of the EditorImport messages.

type Key = keyof (typeof messages)['EditorImport'];

const failureKeys: Record<NonNullable<DocumentPreview['failure']>['reason'], Key> = {
  'too-large': 'failureTooLarge',
  empty: 'failureEmpty',
  binary: 'failureBinary',
  encoding: 'failureEncoding',
};

const reasonKeys: Record<JunkReason, Key> = {
  breadcrumb: 'reasonBreadcrumb',
  'share-widget': 'reasonShareWidget',
  'cookie-banner': 'reasonCookieBanner',
  copyright: 'reasonCopyright',
  'machine-apology': 'reasonMachineApology',
  'seo-spam': 'reasonSeoSpam',
  link: 'reasonLink',
  separator: 'reasonSeparator',
  repeated: 'reasonRepeated',
  'photo-caption': 'reasonPhotoCaption',
  'trailing-headline': 'reasonTrailingHeadline',
};

const warningKeys: Partial<Record<string, Key>> = {
  'language-uncertain': 'warnLanguageUncertain',
  'empty-body': 'warnEmptyBody',
  'replacement-character': 'warnReplacementCharacter',
  'question-mark-in-chinese': 'warnQuestionMark',
  'kana-in-chinese': 'warnKana',
  'stray-pinyin': 'warnStrayPinyin',
  mojibake: 'warnMojibake',
  'odd-symbol': 'warnOddSymbol',
  'traditional-converted': 'warnTraditional',
  'pinyin-removed': 'warnPinyinRemoved',
};

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export function useFailureText(): (document: DocumentPreview) => string {
  const t = useTranslations('EditorImport');
  return ({ failure }) =>
    failure
      ? t(failureKeys[failure.reason], { megabytes: megabytes(failure.bytes), maxMegabytes: megabytes(MAX_IMPORT_BYTES) })
      : '';
}

export function useReasonText(): (reason: JunkReason) => string {
  const t = useTranslations('EditorImport');
  return (reason) => t(reasonKeys[reason]);
}

/** "A question mark between Chinese characters…: “?” (line 5, column 182)" */
export function useWarningText(): (warning: PreviewWarning) => string {
  const t = useTranslations('EditorImport');
  return (warning) => {
    const key = warningKeys[warning.code];
    const text = key ? t(key, { count: warning.count ?? 0 }) : warning.code;
    const where = warning.inTitle
      ? t('inTitle')
      : warning.line !== undefined
        ? t('atPosition', { line: warning.line, column: warning.column ?? 1 })
        : '';
    return [text, warning.excerpt !== undefined ? `“${warning.excerpt}”` : '', where].filter(Boolean).join(' ');
  };
}
