import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { AnnouncementRecord } from '@/lib/announcements/record-query';
import { pickLocalized } from '@/lib/i18n/pick-localized';
import { localeInfo } from '@/lib/i18n/locales';
import { eventPath, topicPath } from '@/lib/i18n/paths';
import { FormattedDate } from '../formatted-date';

/** Event, date and topics of an announcement, named in the page's language. */
export function ArticleFacts({ record }: { record: AnnouncementRecord }) {
  const t = useTranslations('AnnouncementPage');
  const locale = useLocale();
  const event = record.event ? pickLocalized(record.event.names, locale) : undefined;
  const topics = record.topics.flatMap((topic) => {
    const name = pickLocalized(topic.names, locale);
    return name ? [{ slug: topic.slug, name }] : [];
  });
  // A name only available in another language keeps its own language and direction.
  const languageOf = (other: typeof locale) => (other === locale ? {} : { lang: other, dir: localeInfo[other].dir });
  return (
    <dl className="facts">
      {record.event && event ? (
        <>
          <dt>{t('event')}</dt>
          <dd>
            <Link href={eventPath(locale, record.event.slug)} {...languageOf(event.locale)}>
              {event.name}
            </Link>
          </dd>
        </>
      ) : null}
      {record.eventDate ? (
        <>
          <dt>{t('eventDate')}</dt>
          <dd>
            <FormattedDate iso={record.eventDate} />
          </dd>
        </>
      ) : null}
      {topics.length > 0 ? (
        <>
          <dt>{t('topics')}</dt>
          <dd>
            <ul className="topic-list">
              {topics.map((topic) => (
                <li key={topic.slug}>
                  <Link href={topicPath(locale, topic.slug)} {...languageOf(topic.name.locale)}>
                    {topic.name.name}
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}
