import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EventList } from '@/components/site/event-list';
import { getEvents } from '@/lib/announcements/cached-reads';
import { buildEventsMetadata } from '@/lib/reading/page-metadata';
import { readLocaleParam } from '@/lib/reading/locale-param';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = readLocaleParam((await params).locale);
  return buildEventsMetadata(locale);
}

export default async function EventsPage({ params }: Props) {
  const locale = readLocaleParam((await params).locale);
  setRequestLocale(locale);
  const [t, events] = await Promise.all([getTranslations('EventsPage'), getEvents(locale)]);
  return (
    <main className="page">
      <h1>{t('heading')}</h1>
      {events.length === 0 ? <p>{t('empty')}</p> : <EventList events={events} />}
    </main>
  );
}
