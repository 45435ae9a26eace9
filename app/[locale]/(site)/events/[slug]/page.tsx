import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AnnouncementList } from '@/components/site/announcement-list';
import { NotFoundResponse } from '@/components/site/not-found-response';
import { EventHeading } from '@/components/site/event-heading';
import { getEventPage } from '@/lib/announcements/cached-reads';
import { buildEventMetadata, buildNotFoundMetadata } from '@/lib/reading/page-metadata';
import { readLocaleParam } from '@/lib/reading/locale-param';

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: localeParam, slug } = await params;
  const locale = readLocaleParam(localeParam);
  const data = await getEventPage(slug, locale);
  return data ? buildEventMetadata(locale, data) : buildNotFoundMetadata(locale);
}

export default async function EventPage({ params }: Props) {
  const { locale: localeParam, slug } = await params;
  const locale = readLocaleParam(localeParam);
  setRequestLocale(locale);
  const [t, data] = await Promise.all([getTranslations('EventPage'), getEventPage(slug, locale)]);
  if (!data) return <NotFoundResponse />;
  return (
    <main className="page">
      <EventHeading event={data.event} />
      <h2 className="section-heading">{t('announcements')}</h2>
      {data.items.length === 0 ? <p>{t('empty')}</p> : <AnnouncementList items={data.items} headingLevel={3} />}
    </main>
  );
}
