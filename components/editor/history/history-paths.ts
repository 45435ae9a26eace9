// The editor addresses the history page links to, without the locale prefix: next-intl's Link adds
// it (lib/i18n/paths.ts localizedPath does, for plain HTML forms).
const segment = (value: string) => encodeURIComponent(value);

export const editorPathnames = {
  dashboard: () => '/editor',
  translation: (announcementId: string, contentLocale: string) => `/editor/announcements/${segment(announcementId)}/${segment(contentLocale)}`,
  history: (announcementId: string, contentLocale: string) => `${editorPathnames.translation(announcementId, contentLocale)}/history`,
};
