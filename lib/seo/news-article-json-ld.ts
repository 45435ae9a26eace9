import type { Locale } from '../i18n/locales';
import { announcementPath, eventPath } from '../i18n/paths';
import { absoluteUrl, siteOrigin } from './site-url';

/** A Date, or its ISO string as cached records hold it. */
type DateValue = Date | string;

export type NewsArticleInput = {
  /** The translation the page shows; the article's URL is its own page (the canonical one). */
  translation: {
    locale: Locale;
    slug: string;
    title: string;
    summary: string;
    publishedAt: DateValue;
    updatedAt: DateValue;
  };
  publisherName: string;
  /** The forum edition the announcement reports on, named in the translation's language. */
  event?: { slug: string; name: string; city: string; startsOn: DateValue; endsOn: DateValue } | null;
  /** Absolute URL of a cover image. */
  image?: string;
};

type Organization = { '@type': 'Organization'; name: string; url: string };

export type NewsArticleJsonLd = {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  inLanguage: Locale;
  url: string;
  mainEntityOfPage: string;
  publisher: Organization;
  author: Organization;
  image?: string[];
  about?: {
    '@type': 'Event';
    name: string;
    startDate: string;
    endDate: string;
    url: string;
    location: { '@type': 'Place'; name: string; address: string };
  };
};

const isoString = (date: DateValue) => new Date(date).toISOString();
// Event dates are calendar dates (PostgreSQL `date`, read as UTC midnight): print them as such.
const calendarDate = (date: DateValue) => isoString(date).slice(0, 10);

/** schema.org NewsArticle for an announcement page; render it with <JsonLdScript>. */
export function buildNewsArticleJsonLd(input: NewsArticleInput): NewsArticleJsonLd {
  const { translation, event } = input;
  const url = absoluteUrl(announcementPath(translation.locale, translation.slug));
  const publisher: Organization = { '@type': 'Organization', name: input.publisherName, url: siteOrigin() };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: translation.title,
    description: translation.summary,
    datePublished: isoString(translation.publishedAt),
    dateModified: isoString(translation.updatedAt),
    inLanguage: translation.locale,
    url,
    mainEntityOfPage: url,
    publisher,
    author: publisher,
    ...(input.image ? { image: [input.image] } : {}),
    ...(event
      ? {
          about: {
            '@type': 'Event',
            name: event.name,
            startDate: calendarDate(event.startsOn),
            endDate: calendarDate(event.endsOn),
            url: absoluteUrl(eventPath(translation.locale, event.slug)),
            location: { '@type': 'Place', name: event.city, address: event.city },
          },
        }
      : {}),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<` becomes \u003c so text such as
 * "</script>" in a title cannot end the element early (JSON parsers read the escape back as `<`).
 */
export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
