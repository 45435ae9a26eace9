import { useFormatter } from 'next-intl';

/** A calendar day in the page's language, e.g. "10 septembre 2024", machine-readable in dateTime. */
export function FormattedDate({ iso }: { iso: string }) {
  const format = useFormatter();
  return <time dateTime={iso}>{format.dateTime(new Date(iso), { dateStyle: 'long' })}</time>;
}

/** A span of calendar days ("9–10 septembre 2024"). */
export function FormattedDateRange({ from, to }: { from: string; to: string }) {
  const format = useFormatter();
  const range = format.dateTimeRange(new Date(from), new Date(to), { year: 'numeric', month: 'long', day: 'numeric' });
  return <time dateTime={`${from.slice(0, 10)}/${to.slice(0, 10)}`}>{range}</time>;
}
