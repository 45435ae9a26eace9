import { useLocale } from 'next-intl';
import type { EventSummary } from '@/lib/announcements/archive-queries';
import { localeInfo } from '@/lib/i18n/locales';
import { FormattedDateRange } from './formatted-date';

/** The title of an event page: the edition's name, city and dates. */
export function EventHeading({ event }: { event: EventSummary }) {
  const locale = useLocale();
  const language = event.name.locale === locale ? {} : { lang: event.name.locale, dir: localeInfo[event.name.locale].dir };
  return (
    <header className="page-header">
      <h1 {...language}>{event.name.name}</h1>
      <p className="meta">
        <bdi {...language}>{event.name.city}</bdi> · <FormattedDateRange from={event.startsOn} to={event.endsOn} />
      </p>
    </header>
  );
}
