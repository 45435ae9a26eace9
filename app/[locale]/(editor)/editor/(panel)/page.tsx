import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CoverageCounts } from '@/components/editor/dashboard/coverage-counts';
import { CoverageLegend } from '@/components/editor/dashboard/coverage-legend';
import { DashboardFilters } from '@/components/editor/dashboard/dashboard-filters';
import { newAnnouncementPath } from '@/lib/auth/editor-paths';
import { DashboardResults } from '@/components/editor/dashboard/dashboard-results';
import { requireEditorUser } from '@/lib/auth/current-user';
import { getDashboard } from '@/lib/editor/dashboard-queries';
import { isAllowed } from '@/lib/editor/permissions';
import { dashboardFilterSchema } from '@/lib/editor/schema';
import { isLocale } from '@/lib/i18n/locales';
import '@/app/styles/editor-dashboard.css';

// Per person and per request: never prerendered or cached.
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'EditorDashboard' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** The editor's home: every announcement's translations, one column per language. */
export default async function EditorDashboardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const user = await requireEditorUser(locale);
  const filter = dashboardFilterSchema.parse(await searchParams);
  const [dashboard, t] = await Promise.all([getDashboard(user, filter, locale), getTranslations('EditorDashboard')]);
  if (!dashboard) notFound();
  return (
    <main className="editor-dashboard">
      <div className="dashboard-head">
        <h1>{t('title')}</h1>
        {isAllowed(user, 'announcement.create') ? (
          <Link href={newAnnouncementPath(locale)} className="dashboard-new">
            {t('newAnnouncement')}
          </Link>
        ) : null}
      </div>
      <DashboardFilters uiLocale={locale} filter={filter} events={dashboard.events} topics={dashboard.topics} />
      <CoverageCounts uiLocale={locale} filter={filter} locales={dashboard.locales} counts={dashboard.counts} />
      <CoverageLegend />
      <DashboardResults uiLocale={locale} filter={filter} dashboard={dashboard} />
    </main>
  );
}
