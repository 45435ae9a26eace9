import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { announcementPath } from '@/lib/i18n/paths';
import type { SearchHit } from '@/lib/search/queries';
import { SearchSnippet } from './search-snippet';

// Plain links: a results page needs no client-side navigation code.
export function SearchResults({ hits }: { hits: SearchHit[] }) {
  const t = useTranslations('SearchPage');
  const format = useFormatter();
  const locale = useLocale();
  return (
    <ol className="search-results announcement-list">
      {hits.map((hit) => (
        <li key={hit.id}>
          <article>
            <h2>
              <a href={announcementPath(locale, hit.slug)}>{hit.title}</a>
            </h2>
            <SearchSnippet parts={hit.snippet} />
            <p className="meta">
              <time dateTime={hit.publishedAt.toISOString()}>
                {t('publishedOn', { date: format.dateTime(hit.publishedAt, { dateStyle: 'long' }) })}
              </time>
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
