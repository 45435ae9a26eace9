import type { AnnouncementRecord } from '@/lib/announcements/record-query';
import { pickLocalized } from '@/lib/i18n/pick-localized';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import { mediaPath } from '@/lib/i18n/paths';

type Props = { cover: NonNullable<AnnouncementRecord['cover']>; pageLocale: Locale };

/** The cover image with the alt text and caption of the page's language (another's, marked, if missing). */
export function CoverFigure({ cover, pageLocale }: Props) {
  const text = pickLocalized(cover.texts, pageLocale);
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
