import Link from 'next/link';
import { useTranslations } from 'next-intl';

type Props = { page: number; pageCount: number; hrefFor: (page: number) => string };

/** Newer/older links between the pages of a list; nothing when everything fits on one page. */
export function Pagination({ page, pageCount, hrefFor }: Props) {
  const t = useTranslations('Pagination');
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={t('label')} className="pagination">
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev">
          {t('previous')}
        </Link>
      ) : null}
      <span aria-current="page">
        <bdi>{t('status', { page, count: pageCount })}</bdi>
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next">
          {t('next')}
        </Link>
      ) : null}
    </nav>
  );
}
