import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { AnnouncementArticle } from '@/components/site/announcement/announcement-article';
import { NotFoundResponse } from '@/components/site/not-found-response';
import { JsonLdScript } from '@/components/seo/json-ld-script';
import { loadAnnouncementPage } from '@/lib/announcements/announcement-page';
import { announcementPath } from '@/lib/i18n/paths';
import { buildArticleMetadata, buildNotFoundMetadata } from '@/lib/reading/page-metadata';
import { buildArticleJsonLd } from '@/lib/reading/article-json-ld';
import { readLocaleParam } from '@/lib/reading/locale-param';

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: localeParam, slug } = await params;
  const locale = readLocaleParam(localeParam);
  const data = await loadAnnouncementPage(locale, slug);
  if (data.kind === 'not-found') return buildNotFoundMetadata(locale);
  return data.kind === 'article' ? buildArticleMetadata(locale, data) : {};
}

export default async function AnnouncementPage({ params }: Props) {
  const { locale: localeParam, slug } = await params;
  const locale = readLocaleParam(localeParam);
  setRequestLocale(locale);
  const data = await loadAnnouncementPage(locale, slug);
  if (data.kind === 'not-found') return <NotFoundResponse />;
  // A temporary redirect: it holds only while this locale's translation stays published.
  if (data.kind === 'redirect') redirect(announcementPath(data.to.locale, data.to.slug));
  return (
    <main className="page">
      <JsonLdScript data={await buildArticleJsonLd(locale, data)} />
      <AnnouncementArticle data={data} />
    </main>
  );
}
