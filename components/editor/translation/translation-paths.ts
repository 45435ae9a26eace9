import type { Locale } from '@/lib/i18n/locales';

// The editor addresses this page links to. (The sign-in work adds lib/auth/editor-paths.ts for the
// editor's own addresses; these can move there once both are merged.)
const segment = (value: string) => encodeURIComponent(value);

export function dashboardPath(uiLocale: Locale): string {
  return `/${uiLocale}/editor`;
}

export function announcementEditorPath(uiLocale: Locale, announcementId: string): string {
  return `/${uiLocale}/editor/announcements/${segment(announcementId)}`;
}

export function translationEditorPath(uiLocale: Locale, announcementId: string, contentLocale: Locale, pin?: 'latest'): string {
  const path = `${announcementEditorPath(uiLocale, announcementId)}/${contentLocale}`;
  return pin ? `${path}?pin=${pin}` : path;
}

export function translationHistoryPath(uiLocale: Locale, announcementId: string, contentLocale: Locale): string {
  return `${translationEditorPath(uiLocale, announcementId, contentLocale)}/history`;
}

export function signInAgainPath(uiLocale: Locale, next: string): string {
  return `/${uiLocale}/editor/sign-in?next=${encodeURIComponent(next)}`;
}

export function draftPreviewPath(uiLocale: Locale, announcementId: string, contentLocale: Locale): string {
  return `${translationEditorPath(uiLocale, announcementId, contentLocale)}/preview`;
}
