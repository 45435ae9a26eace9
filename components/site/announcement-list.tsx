import Link from 'next/link';
import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { AnnouncementListItem } from '@/lib/announcements/list-items';
import { languageName } from '@/lib/i18n/language-names';
import { localeInfo } from '@/lib/i18n/locales';

type HeadingLevel = 2 | 3;

function Entry({ item, headingLevel }: { item: AnnouncementListItem; headingLevel: HeadingLevel }) {
  const t = useTranslations('AnnouncementList');
  const lifecycle = useTranslations('Lifecycle');
  const format = useFormatter();
  const locale = useLocale();
  const { shown } = item;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  // A stand-in text keeps its own language and direction inside the page's.
  const textLanguage = item.untranslated ? { lang: shown.locale, dir: localeInfo[shown.locale].dir } : {};
  return (
    <li>
      <Heading {...textLanguage}>
        <Link href={item.href} hrefLang={item.untranslated ? shown.locale : undefined}>
          {shown.title}
        </Link>
      </Heading>
      {item.untranslated || item.lifecycle !== 'ACTIVE' ? (
        <p className="badges">
          {item.lifecycle !== 'ACTIVE' ? <span className="badge badge-lifecycle">{lifecycle(item.lifecycle)}</span> : null}
          {item.untranslated ? (
            <span className="badge">{t('untranslated', { language: languageName(shown.locale, locale) })}</span>
          ) : null}
        </p>
      ) : null}
      {shown.summary ? <p {...textLanguage}>{shown.summary}</p> : null}
      <p className="meta">
        {t.rich('publishedOn', {
          date: format.dateTime(new Date(shown.publishedAt), { dateStyle: 'long' }),
          time: (chunks) => <time dateTime={shown.publishedAt}>{chunks}</time>,
        })}
      </p>
    </li>
  );
}

/** Announcements with title, markers, summary and date; titles are h2 unless the page nests them. */
export function AnnouncementList({ items, headingLevel = 2 }: { items: AnnouncementListItem[]; headingLevel?: HeadingLevel }) {
  return (
    <ul className="announcement-list">
      {items.map((item) => (
        <Entry key={item.id} item={item} headingLevel={headingLevel} />
      ))}
    </ul>
  );
}
