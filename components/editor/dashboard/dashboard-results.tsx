import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { Dashboard } from '@/lib/editor/dashboard-queries';
import type { DashboardFilter } from '@/lib/editor/schema';
import type { Locale } from '@/lib/i18n/locales';
import { CoverageMatrix } from './coverage-matrix';
import { dashboardPath } from '@/lib/auth/editor-paths';
import { DashboardPagination } from './dashboard-pagination';

type Props = { uiLocale: Locale; filter: DashboardFilter; dashboard: Dashboard };

/** The matching announcements: how many, the matrix of this page, and the links to the others. */
export function DashboardResults({ uiLocale, filter, dashboard }: Props) {
  const t = useTranslations('EditorDashboard');
  if (dashboard.rows.length === 0) {
    // A page number past the end (an old bookmark, a list that shrank) is not "no matches".
    return filter.page > 1 ? (
      <p className="dashboard-empty">
        {t('matrix.pastEnd')} <Link href={dashboardPath(uiLocale, { ...filter, page: 1 })}>{t('matrix.firstPage')}</Link>
      </p>
    ) : (
      <p className="dashboard-empty">{t('matrix.empty')}</p>
    );
  }
  return (
    <>
      <p className="dashboard-summary">{t('summary', { total: dashboard.total })}</p>
      <CoverageMatrix uiLocale={uiLocale} rows={dashboard.rows} locales={dashboard.locales} />
      <DashboardPagination uiLocale={uiLocale} filter={filter} pageCount={dashboard.pageCount} />
    </>
  );
}
