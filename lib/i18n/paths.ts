import type { Locale } from './locales';

// Every public address is built here, so pages, the language switcher, hreflang, the sitemap, feeds
// and the API agree on them. Slugs are ASCII by database rule; encode anyway for safety.
const segment = (value: string) => encodeURIComponent(value);

/**
 * The part of a page's address after the locale prefix. next-intl's Link and redirect take these
 * and add the prefix themselves; everything else uses the full paths below.
 */
export const localePathnames = {
  // Later pages are a path segment, not ?page=, so every page of the list is a cacheable document.
  home: (page = 1) => (page > 1 ? `/page/${page}` : '/'),
  announcement: (slug: string) => `/announcements/${segment(slug)}`,
  events: () => '/events',
  event: (slug: string) => `/events/${segment(slug)}`,
  topic: (slug: string) => `/topics/${segment(slug)}`,
  search: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
};

/** A locale-less pathname (see localePathnames) with the locale prefix. */
export function localizedPath(locale: Locale, pathname: string): string {
  return pathname === '/' ? `/${locale}` : `/${locale}${pathname}`;
}

export function homePath(locale: Locale, page = 1): string {
  return localizedPath(locale, localePathnames.home(page));
}

export function announcementPath(locale: Locale, slug: string): string {
  return localizedPath(locale, localePathnames.announcement(slug));
}

export function eventsPath(locale: Locale): string {
  return localizedPath(locale, localePathnames.events());
}

export function eventPath(locale: Locale, slug: string): string {
  return localizedPath(locale, localePathnames.event(slug));
}

export function topicPath(locale: Locale, slug: string): string {
  return localizedPath(locale, localePathnames.topic(slug));
}

export function searchPath(locale: Locale, query?: string): string {
  return localizedPath(locale, localePathnames.search(query));
}

export function feedPath(locale: Locale, format: 'rss' | 'atom'): string {
  return `/${locale}/${format === 'rss' ? 'rss.xml' : 'atom.xml'}`;
}

/**
 * The language switcher's link: a redirect to the page at `from` in `target` (or to its home when
 * that page does not exist there), which also remembers the choice in the locale cookie.
 */
export function switchLanguagePath(target: Locale, from: string): string {
  return `/${target}/switch-language?from=${encodeURIComponent(from)}`;
}

/** Where an uploaded image is served from (the storage adapter's public route). */
export function mediaPath(storageKey: string): string {
  return `/media/${storageKey.split('/').map(segment).join('/')}`;
}
