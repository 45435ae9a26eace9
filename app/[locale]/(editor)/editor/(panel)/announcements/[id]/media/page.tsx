import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { announcementEditorPath, coverImagePath } from '@/lib/auth/editor-paths';
import { errorTextsOf } from '@/components/editor/announcement/error-texts';
import { CoverPreview } from '@/components/editor/media/cover-preview';
import { CoverTextsSection } from '@/components/editor/media/cover-texts-section';
import { CoverUploadForm } from '@/components/editor/media/cover-upload-form';
import { RemoveCoverForm } from '@/components/editor/media/remove-cover-form';
import { EditorMessages } from '@/components/editor/shell/editor-messages';
import { requireEditorUser } from '@/lib/auth/current-user';
import { languageName } from '@/lib/i18n/language-names';
import { localeInfo } from '@/lib/i18n/locales';
import { getCoverEditor } from '@/lib/media/cover-queries';
import { readLocaleParam } from '@/lib/reading/locale-param';
import '@/app/styles/editor-announcement.css';
import { trashNoticeOrNotFound } from '@/components/editor/trash/trash-notice';

// Editor pages show what the signed-in person may see: rendered for each request, never cached.
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: readLocaleParam((await params).locale), namespace: 'EditorMedia' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function CoverImagePage({ params }: Props) {
  const { locale: raw, id } = await params;
  const locale = readLocaleParam(raw);
  setRequestLocale(locale);
  const user = await requireEditorUser(locale, coverImagePath(locale, id));
  const editor = await getCoverEditor(user, id);
  if (!editor) return trashNoticeOrNotFound(user, id, locale);
  const [t, errorTexts] = await Promise.all([getTranslations('EditorMedia'), errorTextsOf(locale)]);
  const { cover } = editor;
  const languages = editor.languages.map((language) => ({ locale: language.locale, name: languageName(language.locale, locale), text: language.text }));

  return (
    <div className="editor-announcement editor-media">
      <p className="editor-back">
        <Link href={announcementEditorPath(locale, editor.announcementId)}>{t('backToAnnouncement')}</Link>
      </p>
      <h1>{t('heading')}</h1>
      <p className="editor-subject" lang={editor.sourceLocale} dir={localeInfo[editor.sourceLocale].dir}>
        {editor.sourceTitle}
      </p>
      <p>{t('intro')}</p>
      <EditorMessages locale={locale} namespaces={['EditorMedia']}>
        {cover ? <CoverPreview editor={{ ...editor, cover }} uiLocale={locale} /> : <p>{t('noCover')}</p>}
        {cover ? <CoverTextsSection editor={editor} mediaId={cover.mediaId} uiLocale={locale} errorTexts={errorTexts} /> : null}
        <section aria-labelledby="cover-upload">
          <h2 id="cover-upload">{cover ? t('replaceHeading') : t('uploadHeading')}</h2>
          {editor.can.upload ? (
            <CoverUploadForm announcementId={editor.announcementId} languages={languages} replacing={cover !== null} errorTexts={errorTexts} />
          ) : (
            <p>{t('notAllowedUpload')}</p>
          )}
        </section>
        {cover && editor.can.remove ? <RemoveCoverForm announcementId={editor.announcementId} mediaId={cover.mediaId} errorTexts={errorTexts} /> : null}
      </EditorMessages>
    </div>
  );
}
