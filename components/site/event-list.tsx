import Link from 'next/link';
import { useLocale } from 'next-intl';
import type { EventSummary } from '@/lib/announcements/archive-queries';
import { localeInfo } from '@/lib/i18n/locales';
import { eventPath } from '@/lib/i18n/paths';
import { FormattedDateRange } from './formatted-date';

/** Forum editions, each with its city and dates. */
export function EventList({ events }: { events: EventSummary[] }) {
  const locale = useLocale();
  return (
    <ul className="event-list">
      {events.map((event) => {
        const language = event.name.locale === locale ? {} : { lang: event.name.locale, dir: localeInfo[event.name.locale].dir };
        return (
          <li key={event.slug}>
            <h2 {...language}>
              <Link href={eventPath(locale, event.slug)}>{event.name.name}</Link>
            </h2>
            <p className="meta">
              <bdi {...language}>{event.name.city}</bdi> · <FormattedDateRange from={event.startsOn} to={event.endsOn} />
            </p>
          </li>
        );
      })}
    </ul>
  );
}
