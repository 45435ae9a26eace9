import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AnnouncementList } from '@/components/site/announcement-list';
import { NotFoundResponse } from '@/components/site/not-found-response';
import { getTopicPage } from '@/lib/announcements/cached-reads';
import { buildNotFoundMetadata, buildTopicMetadata } from '@/lib/reading/page-metadata';
import { readLocaleParam } from '@/lib/reading/locale-param';

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: localeParam, slug } = await params;
  const locale = readLocaleParam(localeParam);
  const data = await getTopicPage(slug, locale);
  return data ? buildTopicMetadata(locale, data) : buildNotFoundMetadata(locale);
}

export default async function TopicPage({ params }: Props) {
  const { locale: localeParam, slug } = await params;
  const locale = readLocaleParam(localeParam);
  setRequestLocale(locale);
  const [t, data] = await Promise.all([getTranslations('TopicPage'), getTopicPage(slug, locale)]);
  if (!data) return <NotFoundResponse />;
  return (
    <main className="page">
      <h1>{t('heading', { topic: data.topic.name.name })}</h1>
      {data.items.length === 0 ? <p>{t('empty')}</p> : <AnnouncementList items={data.items} />}
    </main>
  );
}
