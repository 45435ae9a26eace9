import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { AnnouncementPageData } from '../announcements/announcement-page';
import { pickLocalized } from '../i18n/pick-localized';
import type { Locale } from '../i18n/locales';
import { mediaPath } from '../i18n/paths';
import { buildNewsArticleJsonLd, type NewsArticleJsonLd } from '../seo/news-article-json-ld';
import { absoluteUrl } from '../seo/site-url';

type Article = Extract<AnnouncementPageData, { kind: 'article' }>;

/** schema.org NewsArticle of the translation a page shows, with its event named in that language. */
export async function buildArticleJsonLd(locale: Locale, { shown, record }: Article): Promise<NewsArticleJsonLd> {
  const t = await getTranslations({ locale: shown.locale, namespace: 'Metadata' });
  const eventName = record.event ? pickLocalized(record.event.names, shown.locale) : undefined;
  return buildNewsArticleJsonLd({
    translation: { ...shown, publishedAt: new Date(shown.publishedAt), updatedAt: new Date(shown.updatedAt) },
    publisherName: t('title'),
    event:
      record.event && eventName
        ? {
            slug: record.event.slug,
            name: eventName.name,
            city: eventName.city,
            startsOn: new Date(record.event.startsOn),
            endsOn: new Date(record.event.endsOn),
          }
        : null,
    ...(record.cover ? { image: absoluteUrl(mediaPath(record.cover.storageKey)) } : {}),
  });
}
