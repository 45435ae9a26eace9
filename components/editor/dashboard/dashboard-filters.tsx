import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { Dashboard } from '@/lib/editor/dashboard-queries';
import { coverageStates } from '@/lib/editor/coverage-state';
import type { DashboardFilter } from '@/lib/editor/schema';
import { localeInfo, locales, type Locale } from '@/lib/i18n/locales';
import { dashboardPath } from '@/lib/auth/editor-paths';
import { FilterSelect } from './filter-select';

type Props = { uiLocale: Locale; filter: DashboardFilter; events: Dashboard['events']; topics: Dashboard['topics'] };

// A plain GET form: works without JavaScript, and the filtered page has an address of its own.
// It sends no page number, so a new filter starts on page 1.
export function DashboardFilters({ uiLocale, filter, events, topics }: Props) {
  const t = useTranslations('EditorDashboard.filters');
  const states = useTranslations('EditorStates');
  const eventOptions = events.map((event) => ({ value: event.id, label: event.name }));
  const topicOptions = topics.map((topic) => ({ value: topic.id, label: topic.name }));
  const stateOptions = coverageStates.map((state) => ({ value: state, label: states(state) }));
  const localeOptions = locales.map((locale) => ({ value: locale, label: localeInfo[locale].nativeName, lang: locale }));
  return (
    <form method="get" action={dashboardPath(uiLocale)} className="dashboard-filters" aria-labelledby="dashboard-filters-heading">
      <h2 id="dashboard-filters-heading">{t('heading')}</h2>
      <div className="dashboard-filter-fields">
        <FilterSelect name="event" label={t('event')} anyLabel={t('allEvents')} value={filter.event} options={eventOptions} />
        <FilterSelect name="topic" label={t('topic')} anyLabel={t('allTopics')} value={filter.topic} options={topicOptions} />
        <FilterSelect name="status" label={t('status')} anyLabel={t('allStates')} value={filter.status} options={stateOptions} />
        <FilterSelect name="locale" label={t('locale')} anyLabel={t('allLocales')} value={filter.locale} options={localeOptions} />
      </div>
      <div className="dashboard-filter-actions">
        <button type="submit">{t('apply')}</button>
        <Link href={dashboardPath(uiLocale)}>{t('reset')}</Link>
      </div>
    </form>
  );
}
