import type { AnnouncementRecord } from '@/lib/announcements/record-query';
import { pickLocalized } from '@/lib/i18n/pick-localized';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import { mediaPath } from '@/lib/i18n/paths';

type Cover = NonNullable<AnnouncementRecord['cover']>;
type Props = { cover: Cover; pageLocale: Locale; textLocale: Locale };

/**
 * The alt text and caption to show: the page's language, else the language of the announcement
 * text shown (a fallback page describes its image in the words next to it), else English, else any.
 * A blank alt text counts as missing.
 */
function pickCoverText(cover: Cover, pageLocale: Locale, textLocale: Locale) {
  const described = cover.texts.filter((text) => text.alt.trim() !== '');
  const own = pickLocalized(described, pageLocale);
  return own?.locale === pageLocale ? own : pickLocalized(described, textLocale);
}

/** The cover image with its alt text and caption; one in another language is marked as such. */
export function CoverFigure({ cover, pageLocale, textLocale }: Props) {
  const text = pickCoverText(cover, pageLocale, textLocale);
  const language = text && text.locale !== pageLocale ? { lang: text.locale, dir: localeInfo[text.locale].dir } : {};
  return (
    <figure className="cover">
      {/* Served as uploaded by the media route, whose size is known: no optimizer round trip. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={mediaPath(cover.storageKey)} alt={text?.alt ?? ''} width={cover.width} height={cover.height} {...language} />
      {text?.caption ? <figcaption {...language}>{text.caption}</figcaption> : null}
    </figure>
  );
}
