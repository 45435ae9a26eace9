import type { Locale } from './locales';

// Every public address is built here, so pages, the language switcher, hreflang, the sitemap, feeds
// and the API agree on them. Slugs are ASCII by database rule; encode anyway for safety.
const segment = (value: string) => encodeURIComponent(value);

export function homePath(locale: Locale, page = 1): string {
  return page > 1 ? `/${locale}?page=${page}` : `/${locale}`;
}

export function announcementPath(locale: Locale, slug: string): string {
  return `/${locale}/announcements/${segment(slug)}`;
}

export function eventsPath(locale: Locale): string {
  return `/${locale}/events`;
}

export function eventPath(locale: Locale, slug: string): string {
  return `/${locale}/events/${segment(slug)}`;
}

export function topicPath(locale: Locale, slug: string): string {
  return `/${locale}/topics/${segment(slug)}`;
}

export function searchPath(locale: Locale, query?: string): string {
  return query ? `/${locale}/search?q=${encodeURIComponent(query)}` : `/${locale}/search`;
}

export function feedPath(locale: Locale, format: 'rss' | 'atom'): string {
  return `/${locale}/${format === 'rss' ? 'rss.xml' : 'atom.xml'}`;
}
