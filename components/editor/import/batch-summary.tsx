'use client';

import { useTranslations } from 'next-intl';
import type { DocumentPreview } from '@/lib/import/preview';
import { countStatuses } from './import-review-state';
import { useFailureText } from './import-texts';

/** Every document of the batch with its status (ready, warnings, failed and why) and the counts. */
export function BatchSummary({ documents }: { documents: DocumentPreview[] }) {
  const t = useTranslations('EditorImport');
  const failureText = useFailureText();
  const counts = countStatuses(documents);
  return (
    <table className="import-batch">
      <caption>{t('summary', { total: documents.length, ...counts })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('columnDocument')}</th>
          <th scope="col">{t('columnStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {documents.map((document) => (
          <tr key={document.key}>
            <th scope="row" dir="auto">
              {document.name || t('pastedText')}
            </th>
            <td className={`import-status import-status-${document.status}`}>
              {document.status === 'failed'
                ? t('statusFailed', { reason: failureText(document) })
                : document.status === 'warnings'
                  ? t('statusWarnings', { count: document.warnings.length })
                  : t('statusReady')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
