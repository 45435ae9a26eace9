'use client';

import { useTranslations } from 'next-intl';
import type { ReviewedLine } from '@/lib/import/junk';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import { useReasonText } from './import-texts';

type Props = { lines: ReviewedLine[]; locale: Locale | null; captions: number };

/** The report as it arrived, line by line; removed lines struck through, each with its reason. */
export function OriginalLines({ lines, locale, captions }: Props) {
  const t = useTranslations('EditorImport');
  const reasonOf = useReasonText();
  const removed = lines.filter((line) => line.reason !== null).length;
  const content = locale ? { lang: locale, dir: localeInfo[locale].dir } : { dir: 'auto' as const };
  return (
    <details className="import-original" open={removed > 0}>
      <summary>{t('originalHeading', { removed })}</summary>
      {captions > 0 ? <p className="field-hint">{t('captionsNote')}</p> : null}
      <ol>
        {lines.map((line, index) =>
          line.reason === null ? (
            <li key={index} {...content}>
              {line.text}
            </li>
          ) : (
            <li key={index} className="import-removed">
              <del {...content}>{line.text}</del> <span className="import-reason">{reasonOf(line.reason)}</span>
            </li>
          ),
        )}
      </ol>
    </details>
  );
}
