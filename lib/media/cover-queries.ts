import 'server-only';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { isAllowed } from '../editor/permissions';
import { isLocale, locales, type Locale } from '../i18n/locales';

// The editor's cover image page: the announcement's languages, its cover with the texts per
// language, and what the signed-in person may change.

export type CoverText = { alt: string; caption: string };

export type CoverLanguage = {
  locale: Locale;
  isSource: boolean;
  /** May this person change the alt text and caption of this language? */
  canEditText: boolean;
  text: CoverText | null;
};

export type CoverEditor = {
  announcementId: string;
  sourceLocale: Locale;
  sourceTitle: string;
  /** The languages the announcement has a text in, source first: each needs an alt text. */
  languages: CoverLanguage[];
  cover: { mediaId: string; width: number; height: number; mimeType: string; byteSize: number } | null;
  can: { upload: boolean; remove: boolean };
};

/** The announcement's cover as the editor shows it, or null when it is gone or the user may not see it. */
export async function getCoverEditor(user: EditorUser | null, announcementId: string): Promise<CoverEditor | null> {
  if (!isAllowed(user, 'translation.view')) return null;
  const announcement = await getPrisma().announcement.findFirst({
    where: { id: announcementId, deletedAt: null },
    select: {
      id: true,
      sourceLocale: true,
      translations: { select: { locale: true, title: true } },
      coverMedia: {
        select: { id: true, width: true, height: true, mimeType: true, byteSize: true, translations: { select: { locale: true, alt: true, caption: true } } },
      },
    },
  });
  if (!announcement || !isLocale(announcement.sourceLocale)) return null;
  const sourceLocale = announcement.sourceLocale;
  const translated = new Set(announcement.translations.map((translation) => translation.locale));
  const media = announcement.coverMedia;
  const languages = [sourceLocale, ...locales.filter((locale) => locale !== sourceLocale)]
    .filter((locale) => translated.has(locale))
    .map((locale): CoverLanguage => {
      const text = media?.translations.find((row) => row.locale === locale);
      return {
        locale,
        isSource: locale === sourceLocale,
        canEditText: isAllowed(user, 'media.editText', { locale, isSource: locale === sourceLocale }),
        text: text ? { alt: text.alt, caption: text.caption } : null,
      };
    });
  const sourceTitle = announcement.translations.find((translation) => translation.locale === sourceLocale)?.title;
  return {
    announcementId: announcement.id,
    sourceLocale,
    sourceTitle: sourceTitle ?? announcement.id,
    languages,
    cover: media ? { mediaId: media.id, width: media.width, height: media.height, mimeType: media.mimeType, byteSize: media.byteSize } : null,
    can: { upload: isAllowed(user, 'media.upload'), remove: isAllowed(user, 'media.remove') },
  };
}

/** The cover file of an announcement, for its preview in the editor (drafts' covers are not public). */
export async function findCoverForPreview(user: EditorUser | null, announcementId: string): Promise<{ storageKey: string; mimeType: string } | null> {
  if (!isAllowed(user, 'translation.view')) return null;
  const announcement = await getPrisma().announcement.findFirst({
    where: { id: announcementId, deletedAt: null },
    select: { coverMedia: { select: { storageKey: true, mimeType: true } } },
  });
  return announcement?.coverMedia ?? null;
}
