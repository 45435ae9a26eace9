import type { Metadata } from 'next';
import { localeInfo, locales, type Locale } from '../i18n/locales';
import { announcementPath } from '../i18n/paths';
import {
  buildAllLocalesHreflang,
  buildAnnouncementHreflang,
  buildFeedAlternates,
  type TranslationRef,
} from './alternates';
import { absoluteUrl } from './site-url';

export type { TranslationRef } from './alternates';

/** An image for Open Graph and Twitter cards; the URL must be absolute. */
export type SocialImage = { url: string; alt: string; width?: number; height?: number };

export type LocalizedPageInput = {
  locale: Locale;
  /** The same page's address in any locale, e.g. `(l) => eventPath(l, slug)` or `(l) => homePath(l, page)`. */
  pathFor: (locale: Locale) => string;
  title: string;
  description: string;
  /** The site's name in `locale` (messages Metadata.title); also names the feeds. */
  siteName: string;
  /** Keeps the page out of search results (e.g. search result pages) while links are still followed. */
  noindex?: boolean;
};

export type AnnouncementPageInput = {
  /**
   * The locale of the page's address. When it differs from `translation.locale` the page is a
   * fallback (no translation in this locale): noindex, canonical to the shown text's own page, no hreflang.
   */
  pageLocale: Locale;
  /** The translation whose text the page shows. Dates as Date or ISO string (cached records hold strings). */
  translation: TranslationRef & { title: string; summary: string; publishedAt: Date | string; updatedAt: Date | string };
  sourceLocale: Locale;
  /** Every published translation of the announcement, the shown one included. */
  published: readonly TranslationRef[];
  siteName: string;
  image?: SocialImage;
};

const ogLocaleOf = (locale: Locale) => localeInfo[locale].ogLocale;
const toIsoString = (date: Date | string) => new Date(date).toISOString();

/** Metadata of a page that exists in every locale: home, event archive, one event, one topic. */
export function buildLocalizedPageMetadata(input: LocalizedPageInput): Metadata {
  const { locale, title, description, siteName } = input;
  const url = absoluteUrl(input.pathFor(locale));
  const languages = buildAllLocalesHreflang(input.pathFor);
  const otherLocales = locales.filter((other) => other !== locale);
  return {
    title,
    description,
    alternates: { canonical: url, languages, types: buildFeedAlternates(locale, siteName) },
    openGraph: {
      type: 'website',
      title,
      description,
      url,
      siteName,
      locale: ogLocaleOf(locale),
      alternateLocale: otherLocales.map(ogLocaleOf),
    },
    twitter: { card: 'summary', title, description },
    ...(input.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** True when the page shows a translation from another locale than its address. */
export function isFallbackPage(input: Pick<AnnouncementPageInput, 'pageLocale' | 'translation'>): boolean {
  return input.pageLocale !== input.translation.locale;
}

/** Metadata of an announcement page, in its own language or as a fallback (see `pageLocale`). */
export function buildAnnouncementMetadata(input: AnnouncementPageInput): Metadata {
  const { translation, siteName, image } = input;
  const fallback = isFallbackPage(input);
  // A fallback page points search engines at the text's own page and is never an hreflang alternate;
  // it lists none itself either, since alternates without a return link are an hreflang error.
  const canonical = absoluteUrl(announcementPath(translation.locale, translation.slug));
  const languages = fallback ? undefined : buildAnnouncementHreflang(input.published, input.sourceLocale);
  const alternateLocales = input.published
    .filter((other) => other.locale !== translation.locale)
    .map((other) => ogLocaleOf(other.locale));
  return {
    title: translation.title,
    description: translation.summary,
    alternates: {
      canonical,
      ...(languages ? { languages } : {}),
      types: buildFeedAlternates(input.pageLocale, siteName),
    },
    openGraph: {
      type: 'article',
      title: translation.title,
      description: translation.summary,
      url: canonical,
      siteName,
      locale: ogLocaleOf(translation.locale),
      alternateLocale: alternateLocales,
      publishedTime: toIsoString(translation.publishedAt),
      modifiedTime: toIsoString(translation.updatedAt),
      ...(image ? { images: [image] } : {}),
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title: translation.title,
      description: translation.summary,
      ...(image ? { images: [{ url: image.url, alt: image.alt }] } : {}),
    },
    ...(fallback ? { robots: { index: false, follow: true } } : {}),
  };
}
