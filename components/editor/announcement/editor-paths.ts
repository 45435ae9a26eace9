import type { Locale } from '@/lib/i18n/locales';

// The editor addresses the announcement pages link to. The editor's UI language is the first
// segment; the content language of a translation is the last.
export function editorDashboardPath(uiLocale: Locale): string {
  return `/${uiLocale}/editor`;
}

export function newAnnouncementPath(uiLocale: Locale): string {
  return `/${uiLocale}/editor/announcements/new`;
}

export function announcementOverviewPath(uiLocale: Locale, announcementId: string): string {
  return `/${uiLocale}/editor/announcements/${encodeURIComponent(announcementId)}`;
}

export function translationEditorPath(uiLocale: Locale, announcementId: string, contentLocale: Locale): string {
  return `${announcementOverviewPath(uiLocale, announcementId)}/${contentLocale}`;
}

export function coverImagePath(uiLocale: Locale, announcementId: string): string {
  return `${announcementOverviewPath(uiLocale, announcementId)}/media`;
}

/** The editor's preview of the cover; the image's id in the query makes a replaced image load anew. */
export function coverPreviewPath(uiLocale: Locale, announcementId: string, mediaId: string): string {
  return `${coverImagePath(uiLocale, announcementId)}/preview?v=${encodeURIComponent(mediaId)}`;
}
