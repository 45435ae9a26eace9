import type { Lifecycle } from '../db/generated/enums';
import { announcementPath } from '../i18n/paths';
import type { Locale } from '../i18n/locales';
import { pickShownTranslation, type TranslationRef } from './view';

/** A published translation as lists show it. Dates are ISO strings: list data is cached as JSON. */
export type ListedTranslation = TranslationRef & { title: string; summary: string; publishedAt: string };

/** An announcement as the archive queries read it: its published translations, nothing else. */
export type ListedAnnouncement = {
  id: string;
  sourceLocale: string;
  lifecycle: Lifecycle;
  published: ListedTranslation[];
};

/** One entry of a list of announcements on a page in `locale`. */
export type AnnouncementListItem = {
  id: string;
  lifecycle: Lifecycle;
  /** The text shown: the page locale's own translation, or a stand-in in another language. */
  shown: ListedTranslation;
  /** True when `shown` is not in the page's locale (the list marks it). */
  untranslated: boolean;
  href: string;
};

/**
 * A list entry for a page in `locale`. An untranslated announcement links to its fallback page in
 * the reader's locale (same UI language, honest notice), unless that address is taken by another
 * announcement's translation in `locale` (slugs are unique per locale only): then to the original.
 */
export function buildListItem(
  locale: Locale,
  announcement: ListedAnnouncement,
  slugsTakenInLocale: ReadonlySet<string>,
): AnnouncementListItem | null {
  const shown = pickShownTranslation(announcement.published, announcement.sourceLocale, locale);
  if (!shown) return null;
  const untranslated = shown.locale !== locale;
  const linkLocale = untranslated && slugsTakenInLocale.has(shown.slug) ? shown.locale : locale;
  return {
    id: announcement.id,
    lifecycle: announcement.lifecycle,
    shown,
    untranslated,
    href: announcementPath(linkLocale, shown.slug),
  };
}

/** The slugs a list in `locale` would link to as fallback addresses (to check them for collisions). */
export function fallbackSlugs(locale: Locale, announcements: readonly ListedAnnouncement[]): string[] {
  return announcements.flatMap((announcement) => {
    const shown = pickShownTranslation(announcement.published, announcement.sourceLocale, locale);
    return shown && shown.locale !== locale ? [shown.slug] : [];
  });
}
