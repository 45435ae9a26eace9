import type { DashboardFilter } from '../editor/schema';
import type { Locale } from '../i18n/locales';

// The editor's addresses, built here only (the public ones are in lib/i18n/paths.ts). The editor's
// interface language is the first segment; the content language of a translation is the last.

const segment = (value: string) => encodeURIComponent(value);
const filterKeys = ['event', 'topic', 'status', 'locale'] as const;

/**
 * The dashboard, the editor's home. Its filters are query parameters (the filter form is a GET
 * form), so a filtered page can be bookmarked and shared.
 */
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

export function signInPath(locale: Locale, next?: string): string {
  const path = `/${locale}/editor/sign-in`;
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}

export function accountPath(locale: Locale): string {
  return `/${locale}/editor/account`;
}

/** Where a successful password change lands: the account page, saying so. */
export function passwordChangedPath(locale: Locale): string {
  return `${accountPath(locale)}?passwordChanged=1`;
}

export function usersPath(locale: Locale): string {
  return `/${locale}/editor/users`;
}

export function importPath(locale: Locale): string {
  return `/${locale}/editor/import`;
}

export function newAnnouncementPath(locale: Locale): string {
  return `/${locale}/editor/announcements/new`;
}

/** An announcement's overview: its metadata and the table of its translations. */
export function announcementEditorPath(locale: Locale, announcementId: string): string {
  return `/${locale}/editor/announcements/${segment(announcementId)}`;
}

/** The translation editor; for a missing translation that page creates it. 'latest' pins the newest source text. */
export function translationEditorPath(locale: Locale, announcementId: string, contentLocale: Locale, pin?: 'latest'): string {
  const path = `${announcementEditorPath(locale, announcementId)}/${contentLocale}`;
  return pin ? `${path}?pin=${pin}` : path;
}

export function translationHistoryPath(locale: Locale, announcementId: string, contentLocale: Locale): string {
  return `${translationEditorPath(locale, announcementId, contentLocale)}/history`;
}

export function coverImagePath(locale: Locale, announcementId: string): string {
  return `${announcementEditorPath(locale, announcementId)}/media`;
}

/** The editor's preview of the cover; the image's id in the query makes a replaced image load anew. */
export function coverPreviewPath(locale: Locale, announcementId: string, mediaId: string): string {
  return `${coverImagePath(locale, announcementId)}/preview?v=${segment(mediaId)}`;
}

/** The translation's latest saved text in the public layout, for those who may edit it. */
export function draftPreviewPath(locale: Locale, announcementId: string, contentLocale: Locale): string {
  return `${translationEditorPath(locale, announcementId, contentLocale)}/preview`;
}

export function trashPath(locale: Locale): string {
  return `/${locale}/editor/trash`;
}

export function auditPath(locale: Locale): string {
  return `/${locale}/editor/audit`;
}
