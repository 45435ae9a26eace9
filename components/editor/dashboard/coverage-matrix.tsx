import { useTranslations } from 'next-intl';
import type { DashboardRow } from '@/lib/editor/dashboard-queries';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import { CoverageRow } from './coverage-row';

type Props = { uiLocale: Locale; rows: DashboardRow[]; locales: Locale[] };

/**
 * Announcements × locales. The table scrolls sideways inside its own focusable region on narrow
 * screens (keyboard users can scroll it too), with the title column kept in view.
 */
export function CoverageMatrix({ uiLocale, rows, locales }: Props) {
  const t = useTranslations('EditorDashboard.matrix');
  return (
    <div className="table-scroll" role="region" aria-labelledby="coverage-caption" tabIndex={0}>
      <table className="coverage-matrix">
        <caption id="coverage-caption">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="coverage-title">
              {t('announcement')}
            </th>
            <th scope="col">{t('event')}</th>
            <th scope="col">{t('eventDate')}</th>
            {locales.map((locale) => (
              <th scope="col" key={locale} lang={locale} dir={localeInfo[locale].dir} className="coverage-locale">
                {localeInfo[locale].nativeName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <CoverageRow key={row.id} uiLocale={uiLocale} row={row} locales={locales} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
