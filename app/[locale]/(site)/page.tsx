import type { Locale } from '@/lib/i18n/locales';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { listPublishedTitles } from '@/lib/announcements/queries';

// Reads published rows at request time; per-announcement caching arrives with the reading site.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: Locale }> };

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, titles] = await Promise.all([
    getTranslations('HomePage'),
    getFormatter(),
    listPublishedTitles(locale),
  ]);
  return (
    <main className="page">
      <h1>{t('heading')}</h1>
      {titles.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="announcement-list">
          {titles.map((item) => (
            <li key={item.id}>
              <h2>{item.title}</h2>
              {item.summary ? <p>{item.summary}</p> : null}
              <p className="meta">
                {t('publishedOn', { date: format.dateTime(item.publishedAt, { dateStyle: 'long' }) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
