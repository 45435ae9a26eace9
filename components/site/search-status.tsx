import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { searchPath } from '@/lib/i18n/paths';
import type { SearchOutcome } from '@/lib/search/queries';
import { MAX_QUERY_LENGTH } from '@/lib/search/normalize-query';

// The reader's own words, quoted in the page's language and isolated, so a right-to-left query on
// a left-to-right page (or the reverse) does not scramble the sentence around it.
const quoted = (chunks: ReactNode) => (
  <q>
    <bdi>{chunks}</bdi>
  </q>
);

/** What the search found, or why it did not search: the line above the results. */
export function SearchStatus({ outcome }: { outcome: SearchOutcome }) {
  const t = useTranslations('SearchPage');
  const locale = useLocale();
  if (outcome.kind === 'empty') return <p className="search-status">{t('prompt')}</p>;

  const { query } = outcome;
  const truncated = outcome.truncated ? (
    <p className="search-status search-notice">{t('truncated', { max: MAX_QUERY_LENGTH })}</p>
  ) : null;
  let summary: ReactNode;
  if (outcome.kind === 'no-terms') summary = t('noTerms');
  else if (outcome.total === 0) summary = t.rich('noResults', { query, quote: quoted });
  else if (outcome.hits.length === 0)
    summary = t.rich('pastLastPage', { link: (chunks) => <a href={searchPath(locale, query)}>{chunks}</a> });
  else if (outcome.broad)
    summary = t.rich('resultCountBroad', { count: outcome.total, recent: outcome.recent, query, quote: quoted });
  else summary = t.rich('resultCount', { count: outcome.total, query, quote: quoted });
  return (
    <>
      {truncated}
      <p className="search-status">{summary}</p>
    </>
  );
}
