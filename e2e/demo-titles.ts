import { loadDemoContent } from '../prisma/seed/load-content';
import type { Locale } from '../lib/i18n/locales';

const content = loadDemoContent();

/** Titles the demo seed publishes in one locale, newest first, read from the seed's own content (imported from the raw reports). */
export function seededTitles(locale: Locale): string[] {
  return content.announcements
    .flatMap((announcement) => announcement.translations.filter((t) => t.locale === locale))
    .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
    .map((t) => t.title);
}

/** The title of the announcement cleaned from the given raw seed file, in the given locale. */
export function seededTitleFromRaw(rawFile: string, locale: Locale): string {
  const title = content.announcements
    .flatMap((announcement) => announcement.translations)
    .find((t) => t.locale === locale && t.raw === rawFile)?.title;
  if (!title) throw new Error(`No ${locale} translation cleaned from ${rawFile} in the demo content`);
  return title;
}
