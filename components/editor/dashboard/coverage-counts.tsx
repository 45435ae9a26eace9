import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import { coverageStates } from '@/lib/editor/coverage-state';
import type { Dashboard } from '@/lib/editor/dashboard-queries';
import type { DashboardFilter } from '@/lib/editor/schema';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import { dashboardPath } from '@/lib/auth/editor-paths';
import { StateGlyph } from './state-glyph';

type Props = { uiLocale: Locale; filter: DashboardFilter; locales: Locale[]; counts: Dashboard['counts'] };

/** How many announcements are in each state, per locale; each number links to those announcements. */
export function CoverageCounts({ uiLocale, filter, locales, counts }: Props) {
  const t = useTranslations('EditorDashboard.counts');
  const states = useTranslations('EditorStates');
  const format = useFormatter();
  return (
    <section className="coverage-counts" aria-labelledby="coverage-counts-heading">
      <h2 id="coverage-counts-heading">{t('heading')}</h2>
      <div className="table-scroll" role="region" aria-labelledby="coverage-counts-caption" tabIndex={0}>
        <table>
          <caption id="coverage-counts-caption">{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('language')}</th>
              {coverageStates.map((state) => (
                <th scope="col" key={state} className={`state-${state}`}>
                  <StateGlyph state={state} /> {states(state)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {locales.map((locale) => (
              <tr key={locale}>
                <th scope="row" lang={locale} dir={localeInfo[locale].dir}>
                  {localeInfo[locale].nativeName}
                </th>
                {coverageStates.map((state) => {
                  const count = counts[locale][state];
                  return (
                    <td key={state}>
                      {count > 0 ? (
                        <Link href={dashboardPath(uiLocale, { event: filter.event, topic: filter.topic, locale, status: state })}>
                          <span className="sr-only">{t('countContext', { language: localeInfo[locale].nativeName, state: states(state) })} </span>
                          {format.number(count)}
                        </Link>
                      ) : (
                        format.number(0)
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
