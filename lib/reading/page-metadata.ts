import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { AnnouncementPageData } from '../announcements/announcement-page';
import type { EventPage, TopicPage } from '../announcements/archive-queries';
import type { Locale } from '../i18n/locales';
import { eventPath, eventsPath, homePath, mediaPath, topicPath } from '../i18n/paths';
import { buildAnnouncementMetadata, buildLocalizedPageMetadata } from '../seo/page-metadata';
import { absoluteUrl } from '../seo/site-url';

// The <head> of each reading page: its own title and description, and the canonical, hreflang,
// Open Graph and Twitter tags that lib/seo builds from them.

async function siteNameIn(locale: Locale): Promise<string> {
  return (await getTranslations({ locale, namespace: 'Metadata' }))('title');
}

/** The title of a 404 (Next adds the noindex itself). */
export async function buildNotFoundMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'NotFoundPage' });
  return { title: t('title') };
}

export async function buildLatestMetadata(locale: Locale, page: number): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const metadata = buildLocalizedPageMetadata({
    locale,
    pathFor: (other) => homePath(other, page),
    title: page > 1 ? t('headingPage', { page }) : t('heading'),
    description: t('description'),
    siteName: await siteNameIn(locale),
  });
  // Later pages hold different announcements in each locale (and may not exist in some): they are
  // nobody's alternates.
  return page > 1 ? { ...metadata, alternates: { ...metadata.alternates, languages: undefined } } : metadata;
}

export async function buildEventsMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'EventsPage' });
  return buildLocalizedPageMetadata({
    locale,
    pathFor: eventsPath,
    title: t('heading'),
    description: t('description'),
    siteName: await siteNameIn(locale),
  });
}

export async function buildEventMetadata(locale: Locale, { event }: EventPage): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'EventPage' });
  return buildLocalizedPageMetadata({
    locale,
    pathFor: (other) => eventPath(other, event.slug),
    title: event.name.name,
    description: t('description', { event: event.name.name, city: event.name.city }),
    siteName: await siteNameIn(locale),
  });
}

export async function buildTopicMetadata(locale: Locale, { topic }: TopicPage): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'TopicPage' });
  return buildLocalizedPageMetadata({
    locale,
    pathFor: (other) => topicPath(other, topic.slug),
    title: t('heading', { topic: topic.name.name }),
    description: t('description', { topic: topic.name.name }),
    siteName: await siteNameIn(locale),
  });
}

type Article = Extract<AnnouncementPageData, { kind: 'article' }>;

export async function buildArticleMetadata(locale: Locale, { shown, record, sourceLocale }: Article): Promise<Metadata> {
  const alt = record.cover?.texts.find((text) => text.locale === locale) ?? record.cover?.texts[0];
  return buildAnnouncementMetadata({
    pageLocale: locale,
    translation: { ...shown, publishedAt: new Date(shown.publishedAt), updatedAt: new Date(shown.updatedAt) },
    sourceLocale,
    published: record.published.map(({ locale: other, slug }) => ({ locale: other, slug })),
    siteName: await siteNameIn(locale),
    ...(record.cover
      ? {
          image: {
            url: absoluteUrl(mediaPath(record.cover.storageKey)),
            alt: alt?.alt ?? '',
            width: record.cover.width,
            height: record.cover.height,
          },
        }
      : {}),
  });
}
