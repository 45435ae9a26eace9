import { useLocale, useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { searchPath } from '@/lib/i18n/paths';

type Props = { query: string; page: number; pageCount: number };

function pagePath(locale: Locale, query: string, page: number): string {
  const first = searchPath(locale, query);
  return page > 1 ? `${first}&page=${page}` : first;
}

/** Previous and next links between pages of search results; nothing when there is one page. */
export function SearchPagination({ query, page, pageCount }: Props) {
  const t = useTranslations('SearchPage');
  const locale = useLocale();
  if (pageCount <= 1 || page > pageCount) return null;
  return (
    <nav aria-label={t('pagesLabel')} className="pagination search-pagination">
      {page > 1 ? (
        <a href={pagePath(locale, query, page - 1)} rel="prev">
          {t('previous')}
        </a>
      ) : null}
      <span aria-current="page">{t('pageOf', { page, pages: pageCount })}</span>
      {page < pageCount ? (
        <a href={pagePath(locale, query, page + 1)} rel="next">
          {t('next')}
        </a>
      ) : null}
    </nav>
  );
}
