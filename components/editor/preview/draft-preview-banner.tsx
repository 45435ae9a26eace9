import { getTranslations } from 'next-intl/server';
import { languageName } from '@/lib/i18n/language-names';
import type { Locale } from '@/lib/i18n/locales';

type Props = { uiLocale: Locale; contentLocale: Locale; editorHref: string; savedAt: string };

/** Says, above the text, that this is not what readers see, and leads back to the editor. */
export async function DraftPreviewBanner({ uiLocale, contentLocale, editorHref, savedAt }: Props) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'DraftPreview' });
  return (
    <aside className="notice draft-preview-banner" aria-label={t('bannerLabel')}>
      <p>
        <strong>{t('banner', { language: languageName(contentLocale, uiLocale) })}</strong>
      </p>
      <p>
        {t('savedAt', { time: new Date(savedAt) })} <a href={editorHref}>{t('backToEditor')}</a>
      </p>
    </aside>
  );
}
