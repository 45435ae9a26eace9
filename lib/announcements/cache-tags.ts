import { locales, type Locale } from '../i18n/locales';

// The tags public data is cached under (unstable_cache), which Next also attaches to every page
// rendered from that data. A published change expires exactly these tags; see revalidate.ts.
export const cacheTags = {
  /** Everything shown of one announcement: its page in every locale (own and fallback), its banner on others. */
  announcement: (id: string) => `announcement:${id}`,
  /** The latest-announcements list of one locale (home and its later pages). */
  latest: (locale: Locale) => `latest:${locale}`,
  /**
   * Event and topic pages of every locale: they list untranslated announcements too, in another
   * language, so a change in any locale can change them. Few pages; re-rendering them is cheap.
   */
  archive: 'archive',
  /**
   * Lookups of a slug the requested locale has no published translation for (fallback pages, their
   * redirects and 404s): any publication anywhere can give such a slug a meaning.
   */
  slugMisses: 'slug-misses',
  /** Names of events and topics. */
  taxonomy: 'taxonomy',
} as const;

/**
 * The tags to expire after a change to one announcement: its own, the lists of the locales whose
 * translations changed (all locales for a change of the announcement itself, e.g. its lifecycle),
 * the archive and the slug lookups.
 */
export function tagsForAnnouncementChange(announcementId: string, changedLocales: readonly Locale[] = locales): string[] {
  const unique = locales.filter((locale) => changedLocales.includes(locale));
  return [
    cacheTags.announcement(announcementId),
    ...unique.map((locale) => cacheTags.latest(locale)),
    cacheTags.archive,
    cacheTags.slugMisses,
  ];
}

/** The tags to expire after events or topics were renamed, added or removed. */
export function tagsForTaxonomyChange(): string[] {
  return [cacheTags.taxonomy, cacheTags.archive];
}
