import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SearchBox } from '@/components/site/search-box';
import { SearchPagination } from '@/components/site/search-pagination';
import { SearchResults } from '@/components/site/search-results';
import { SearchStatus } from '@/components/site/search-status';
import { isLocale } from '@/lib/i18n/locales';
import { searchPath } from '@/lib/i18n/paths';
import { searchPublished } from '@/lib/search/queries';
import { readSearchParams } from '@/lib/search/schema';
import { buildLocalizedPageMetadata } from '@/lib/seo/page-metadata';

// Every query is a different page: rendered per request, never cached (the layout's static params
// would otherwise make this route ISR, where reading searchParams fails).
export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Paths with a dot skip the locale proxy, so `locale` may be anything here (the layout answers 404).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: 'SearchPage' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ]);
  // Result pages repeat other pages' content in endless variations: kept out of search engines.
  return buildLocalizedPageMetadata({
    locale,
    pathFor: (other) => searchPath(other),
    title: t('title'),
    description: t('description'),
    siteName: site('title'),
    noindex: true,
  });
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { q, page } = readSearchParams(await searchParams);
  const [t, outcome] = await Promise.all([getTranslations('SearchPage'), searchPublished(locale, q, page)]);
  return (
    <main className="page search-page">
      <h1 id="search-heading">{t('heading')}</h1>
      <SearchBox defaultValue={outcome.kind === 'empty' ? '' : outcome.query} labelledBy="search-heading" />
      <SearchStatus outcome={outcome} />
      {outcome.kind === 'results' ? (
        <>
          <SearchResults hits={outcome.hits} />
          <SearchPagination query={outcome.query} page={outcome.page} pageCount={outcome.pageCount} />
        </>
      ) : null}
    </main>
  );
}
