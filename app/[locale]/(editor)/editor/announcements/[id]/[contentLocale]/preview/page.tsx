import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DraftPreviewBanner } from '@/components/editor/preview/draft-preview-banner';
import { draftPreviewPath, translationEditorPath } from '@/lib/auth/editor-paths';
import { AnnouncementArticle } from '@/components/site/announcement/announcement-article';
import { SiteChrome } from '@/components/site/site-chrome';
import { requireEditorUser } from '@/lib/auth/current-user';
import { getDraftPreview } from '@/lib/editor/preview-queries';
import { isLocale } from '@/lib/i18n/locales';
import '@/app/styles/draft-preview.css';

type Props = { params: Promise<{ locale: string; id: string; contentLocale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'DraftPreview' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/**
 * A translation's latest saved text as readers would see it once published: the public frame and
 * article components, under /editor so that it is rendered per request for the signed-in user and
 * never shared by a cache (the editor layout makes it dynamic, hence `private, no-store`).
 */
export default async function DraftPreviewPage({ params }: Props) {
  const { locale, id, contentLocale } = await params;
  if (!isLocale(locale) || !isLocale(contentLocale)) notFound();
  setRequestLocale(locale);
  const user = await requireEditorUser(locale, draftPreviewPath(locale, id, contentLocale));
  const preview = await getDraftPreview(user, id, contentLocale);
  if (!preview) notFound();
  return (
    <SiteChrome>
      <main className="page">
        <DraftPreviewBanner
          uiLocale={locale}
          contentLocale={contentLocale}
          editorHref={translationEditorPath(locale, id, contentLocale)}
          savedAt={preview.shown.updatedAt}
        />
        <AnnouncementArticle data={preview} />
      </main>
    </SiteChrome>
  );
}
