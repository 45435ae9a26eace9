import type { Locale } from '../i18n/locales';

// The editor's own addresses, built here only (the public ones are in lib/i18n/paths.ts).
export function editorHomePath(locale: Locale): string {
  return `/${locale}/editor`;
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

export function trashPath(locale: Locale): string {
  return `/${locale}/editor/trash`;
}

export function auditPath(locale: Locale): string {
  return `/${locale}/editor/audit`;
}
