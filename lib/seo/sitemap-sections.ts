import { z } from 'zod';
import { isLocale, locales, type Locale } from '../i18n/locales';
import { announcementPath, eventPath, eventsPath, homePath, topicPath } from '../i18n/paths';
import { buildAllLocalesHreflang, buildAnnouncementHreflang, type TranslationRef } from './alternates';
import { absoluteUrl } from './site-url';
import type { SitemapUrl } from './sitemap-xml';

// The sitemap is an index of sections: one for the pages every locale has (home, events, topics)
// and one per locale and year of publication for announcements. A section never changes its
// address, stays far below the protocol's 50,000 URLs for any plausible publishing rate, and is
// streamed from keyset-paginated queries, so nothing loads the whole table.

export const sitemapIndexPath = '/sitemap.xml';
export const pagesSitemapPath = '/sitemaps/pages.xml';

export type AnnouncementSection = { locale: Locale; year: number };

export function announcementSectionPath(section: AnnouncementSection): string {
  return `/sitemaps/${section.locale}-${section.year}.xml`;
}

/** The file name of an announcement section (`en-2024.xml`), as the route receives it. */
export const announcementSectionNameSchema = z
  .string()
  .regex(/^[a-z]{2,3}-\d{4}\.xml$/)
  .transform((name) => {
    const [locale = '', year = ''] = name.slice(0, -'.xml'.length).split('-');
    return { locale, year: Number(year) };
  })
  .refine((section): section is AnnouncementSection => isLocale(section.locale) && section.year >= 1970);

/** Publication times of a section: [from, to) in UTC. */
export function sectionTimeRange(year: number): { from: Date; to: Date } {
  return { from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) };
}

export type SitemapTranslation = TranslationRef & {
  updatedAt: Date;
  sourceLocale: Locale;
  /** Every published translation of the same announcement, this one included. */
  published: readonly TranslationRef[];
};

/** The sitemap entry of one published translation, with the same alternates its page head lists. */
export function buildAnnouncementSitemapUrl(translation: SitemapTranslation): SitemapUrl {
  return {
    loc: absoluteUrl(announcementPath(translation.locale, translation.slug)),
    lastModified: translation.updatedAt,
    alternates: buildAnnouncementHreflang(translation.published, translation.sourceLocale),
  };
}

function everyLocale(pathFor: (locale: Locale) => string): SitemapUrl[] {
  const alternates = buildAllLocalesHreflang(pathFor);
  return locales.map((locale) => ({ loc: absoluteUrl(pathFor(locale)), alternates }));
}

/** Home, event archive, each event and each topic, in every locale. */
export function buildPagesSitemapUrls(slugs: { events: readonly string[]; topics: readonly string[] }): SitemapUrl[] {
  return [
    ...everyLocale((locale) => homePath(locale)),
    ...everyLocale(eventsPath),
    ...slugs.events.flatMap((slug) => everyLocale((locale) => eventPath(locale, slug))),
    ...slugs.topics.flatMap((slug) => everyLocale((locale) => topicPath(locale, slug))),
  ];
}
