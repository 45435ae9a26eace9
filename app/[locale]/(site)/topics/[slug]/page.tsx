import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AnnouncementList } from '@/components/site/announcement-list';
import { getTopicPage } from '@/lib/announcements/cached-reads';
import { buildTopicMetadata } from '@/lib/reading/page-metadata';
import { readLocaleParam } from '@/lib/reading/locale-param';

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: localeParam, slug } = await params;
  const locale = readLocaleParam(localeParam);
  const data = await getTopicPage(slug, locale);
  return data ? buildTopicMetadata(locale, data) : {};
}

export default async function TopicPage({ params }: Props) {
  const { locale: localeParam, slug } = await params;
  const locale = readLocaleParam(localeParam);
  setRequestLocale(locale);
  const [t, data] = await Promise.all([getTranslations('TopicPage'), getTopicPage(slug, locale)]);
  if (!data) notFound();
  return (
    <main className="page">
      <h1>{t('heading', { topic: data.topic.name.name })}</h1>
      {data.items.length === 0 ? <p>{t('empty')}</p> : <AnnouncementList items={data.items} />}
    </main>
  );
}
