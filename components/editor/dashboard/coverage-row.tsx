import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { DashboardRow } from '@/lib/editor/dashboard-queries';
import { isLocale, localeInfo, type Locale } from '@/lib/i18n/locales';
import { announcementEditorPath, translationEditorPath } from '@/lib/auth/editor-paths';
import { CoverageCellLink } from './coverage-cell-link';

type Props = { uiLocale: Locale; row: DashboardRow; locales: Locale[] };

const missing = { state: 'missing', status: null, unpublishedChanges: false } as const;

/** One announcement: its source title (in the source's language), event, date and a cell per locale. */
export function CoverageRow({ uiLocale, row, locales }: Props) {
  const t = useTranslations('EditorDashboard.matrix');
  const format = useFormatter();
  const source = isLocale(row.sourceLocale) ? row.sourceLocale : undefined;
  return (
    <tr>
      <th scope="row" className="coverage-title">
        <Link href={announcementEditorPath(uiLocale, row.id)} lang={source} dir={source ? localeInfo[source].dir : undefined}>
          {row.title}
        </Link>
      </th>
      <td className="coverage-event">{row.eventName ?? <span className="coverage-none">{t('none')}</span>}</td>
      <td className="coverage-date">
        {row.eventDate ? (
          // Event dates are calendar days stored as UTC midnights; the request config formats in UTC.
          <time dateTime={row.eventDate.toISOString().slice(0, 10)}>{format.dateTime(row.eventDate, { dateStyle: 'medium' })}</time>
        ) : (
          <span className="coverage-none">{t('none')}</span>
        )}
      </td>
      {locales.map((contentLocale) => (
        <td key={contentLocale} className={contentLocale === source ? 'coverage-source-cell' : undefined}>
          <CoverageCellLink
            href={translationEditorPath(uiLocale, row.id, contentLocale)}
            contentLocale={contentLocale}
            cell={row.cells[contentLocale] ?? missing}
            isSource={contentLocale === source}
          />
        </td>
      ))}
    </tr>
  );
}
