'use client';

import { useTranslations } from 'next-intl';
import type { PreviewWarning } from '@/lib/import/preview';
import { useWarningText } from './import-texts';

/** What the editor must check before confirming: corruption, conversions, an uncertain language. */
export function WarningList({ warnings }: { warnings: PreviewWarning[] }) {
  const t = useTranslations('EditorImport');
  const textOf = useWarningText();
  if (warnings.length === 0) return null;
  return (
    <div className="import-warnings" role="note" aria-label={t('warningsHeading')}>
      <p className="import-warnings-heading">{t('warningsHeading')}</p>
      <ul>
        {warnings.map((warning, index) => (
          <li key={`${warning.code}-${index}`}>{textOf(warning)}</li>
        ))}
      </ul>
    </div>
  );
}
