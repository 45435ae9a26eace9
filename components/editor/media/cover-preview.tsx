import { getTranslations } from 'next-intl/server';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import type { CoverEditor } from '@/lib/media/cover-queries';
import { coverPreviewPath } from '@/lib/auth/editor-paths';

type Props = { editor: CoverEditor & { cover: NonNullable<CoverEditor['cover']> }; uiLocale: Locale };

/** The current cover as stored (scaled and re-encoded), with its size; described by its source alt text. */
export async function CoverPreview({ editor, uiLocale }: Props) {
  const t = await getTranslations('EditorMedia');
  const { cover, sourceLocale } = editor;
  const alt = editor.languages.find((language) => language.isSource)?.text?.alt ?? '';
  return (
    <section aria-labelledby="current-cover">
      <h2 id="current-cover">{t('currentHeading')}</h2>
      <figure className="cover-preview">
        {/* A private preview of a possibly unpublished image: not for Next's public optimizer. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img
          src={coverPreviewPath(uiLocale, editor.announcementId, cover.mediaId)}
          alt={alt}
          lang={sourceLocale}
          dir={localeInfo[sourceLocale].dir}
          width={cover.width}
          height={cover.height}
        />
        <figcaption>{t('imageFacts', { width: cover.width, height: cover.height, size: Math.ceil(cover.byteSize / 1024) })}</figcaption>
      </figure>
    </section>
  );
}
