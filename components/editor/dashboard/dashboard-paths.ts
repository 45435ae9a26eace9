import type { DashboardFilter } from '@/lib/editor/schema';
import type { Locale } from '@/lib/i18n/locales';

// The editor addresses the dashboard links to. The dashboard's own address carries its filters as
// query parameters (the filter form is a GET form), so a filtered page can be bookmarked and shared.

const filterKeys = ['event', 'topic', 'status', 'locale'] as const;

export function dashboardPath(locale: Locale, filter: Partial<DashboardFilter> = {}): string {
  const query = new URLSearchParams();
  for (const key of filterKeys) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  if (filter.page && filter.page > 1) query.set('page', String(filter.page));
  const search = query.toString();
  return search ? `/${locale}/editor?${search}` : `/${locale}/editor`;
}

export function announcementEditorPath(locale: Locale, announcementId: string): string {
  return `/${locale}/editor/announcements/${encodeURIComponent(announcementId)}`;
}

/** The translation editor; for a missing translation that page creates it. */
export function translationEditorPath(locale: Locale, announcementId: string, contentLocale: Locale): string {
  return `${announcementEditorPath(locale, announcementId)}/${contentLocale}`;
}

export function newAnnouncementPath(locale: Locale): string {
  return `/${locale}/editor/announcements/new`;
}
