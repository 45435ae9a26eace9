import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { AnnouncementOverview } from '@/lib/editor/announcement-queries';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import { announcementEditorPath } from '@/lib/auth/editor-paths';
import type { Choice } from './metadata-fields';

type Props = {
  overview: AnnouncementOverview;
  events: Choice[];
  topics: Choice[];
  uiLocale: Locale;
  /** A heading above the list, e.g. after a conflict ("Saved now"). */
  heading?: string;
};

/** The announcement's settings as saved: read-only for translators, and the other side of a conflict. */
export function MetadataSummary({ overview, events, topics, uiLocale, heading }: Props) {
  const t = useTranslations('EditorAnnouncement');
  const format = useFormatter();
  const none = <span className="muted">{t('noValue')}</span>;
  const topicNames = topics.filter((topic) => overview.topicIds.includes(topic.value)).map((topic) => topic.label);
  const successor = overview.supersededBy;
  return (
    <div className="metadata-summary">
      {heading ? <h3>{heading}</h3> : null}
      <dl>
        <dt>{t('fieldSourceLocale')}</dt>
        <dd lang={overview.sourceLocale}>{localeInfo[overview.sourceLocale].nativeName}</dd>
        <dt>{t('fieldEvent')}</dt>
        <dd>{events.find((event) => event.value === overview.eventId)?.label ?? none}</dd>
        <dt>{t('fieldEventDate')}</dt>
        <dd>
          {overview.eventDate ? (
            <time dateTime={overview.eventDate}>{format.dateTime(new Date(overview.eventDate), { dateStyle: 'long' })}</time>
          ) : (
            none
          )}
        </dd>
        <dt>{t('fieldTopics')}</dt>
        <dd>{topicNames.length > 0 ? topicNames.join(', ') : none}</dd>
        <dt>{t('fieldLifecycle')}</dt>
        <dd>{t(`lifecycle${overview.lifecycle}`)}</dd>
        {successor ? (
          <>
            <dt>{t('fieldSupersededBy')}</dt>
            <dd>
              <Link href={announcementEditorPath(uiLocale, successor.id)}>
                <bdi lang={successor.locale} dir={localeInfo[successor.locale].dir}>
                  {successor.title}
                </bdi>
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
