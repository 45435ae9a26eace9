import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { DashboardFilter } from '@/lib/editor/schema';
import type { Locale } from '@/lib/i18n/locales';
import { dashboardPath } from '@/lib/auth/editor-paths';

type Props = { uiLocale: Locale; filter: DashboardFilter; pageCount: number };

/** Previous/next links that keep the filters; nothing when everything fits on one page. */
export function DashboardPagination({ uiLocale, filter, pageCount }: Props) {
  const t = useTranslations('EditorDashboard.pagination');
  const { page } = filter;
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('label')} className="dashboard-pagination">
      {page > 1 ? (
        <Link href={dashboardPath(uiLocale, { ...filter, page: page - 1 })} rel="prev">
          {t('previous')}
        </Link>
      ) : null}
      <span aria-current="page">{t('status', { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={dashboardPath(uiLocale, { ...filter, page: page + 1 })} rel="next">
          {t('next')}
        </Link>
      ) : null}
    </nav>
  );
}
