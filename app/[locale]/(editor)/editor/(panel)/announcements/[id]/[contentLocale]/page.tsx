import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { SourceChanges } from '@/components/editor/translation/source-changes';
import { SourceColumn } from '@/components/editor/translation/source-column';
import { TranslationHeader } from '@/components/editor/translation/translation-header';
import { signInPath, translationEditorPath } from '@/lib/auth/editor-paths';
import { TranslationStatus } from '@/components/editor/translation/translation-status';
import { emptyText } from '@/components/editor/translation/translation-text';
import { TranslationWorkspace } from '@/components/editor/translation/translation-workspace';
import { requireEditorUser } from '@/lib/auth/current-user';
import { canPreviewDraft } from '@/lib/editor/permissions';
import { getTranslationEditor } from '@/lib/editor/translation-queries';
import { languageName } from '@/lib/i18n/language-names';
import { isLocale, type Locale } from '@/lib/i18n/locales';
import '@/app/styles/editor-translation.css';
import { trashNoticeOrNotFound } from '@/components/editor/trash/trash-notice';

type Props = {
  params: Promise<{ locale: string; id: string; contentLocale: string }>;
  searchParams: Promise<{ pin?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, contentLocale } = await params;
  if (!isLocale(locale) || !isLocale(contentLocale)) return {};
  const t = await getTranslations({ locale, namespace: 'EditorTranslation' });
  return { title: t('headingTranslation', { language: languageName(contentLocale, locale) }), robots: { index: false } };
}

/** The side-by-side translation editor: the pinned source text beside the translation's form. */
export default async function TranslationEditorPage({ params, searchParams }: Props) {
  const { locale, id, contentLocale } = await params;
  if (!isLocale(locale) || !isLocale(contentLocale)) notFound();
  setRequestLocale(locale);
  const user = await requireEditorUser(locale);
  const pin = (await searchParams).pin === 'latest' ? 'latest' : 'base';
  const view = await getTranslationEditor(user, id, contentLocale, pin);
  if (!view) return trashNoticeOrNotFound(user, id, locale);

  const sourceLocale = view.announcement.sourceLocale as Locale;
  const [messages, article] = await Promise.all([
    getMessages({ locale }),
    // The preview's footnote labels: those of the text's own public page.
    getTranslations({ locale: contentLocale, namespace: 'AnnouncementPage' }),
  ]);
  const { translation, source } = view;
  const latest = translation?.latest;
  const title = latest ? { text: latest.title, locale: contentLocale } : source ? { text: source.pinned.title, locale: sourceLocale } : null;
  const live = translation?.status === 'PUBLISHED' && !translation.unpublishedChanges;
  const pagePath = translationEditorPath(locale, id, contentLocale, pin === 'latest' ? 'latest' : undefined);

  return (
    <div className="translation-editor">
      <TranslationHeader
        uiLocale={locale}
        announcementId={id}
        contentLocale={contentLocale}
        isSource={view.isSource}
        title={title}
        publicSlug={live && latest ? latest.slug : null}
        previewable={translation !== null && canPreviewDraft(user, contentLocale)}
      />
      {translation ? (
        <TranslationStatus translation={translation} uiLocale={locale} />
      ) : (
        <p className="translation-status">{messages.EditorTranslation.newTranslation}</p>
      )}
      {source ? (
        <SourceChanges source={source} sourceLocale={sourceLocale} uiLocale={locale} announcementId={id} contentLocale={contentLocale} />
      ) : null}
      {!view.isSource && !source ? <p className="notice">{messages.EditorTranslation.sourceMissing}</p> : null}
      <TranslationWorkspace
        // Another translation is another form: nothing typed for one may carry over to the next.
        key={`${id}/${contentLocale}`}
        uiLocale={locale}
        announcementId={id}
        contentLocale={contentLocale}
        sourceRevisionId={view.isSource ? null : (source?.pinned.id ?? null)}
        loaded={{
          text: latest ? { title: latest.title, summary: latest.summary, slug: latest.slug, body: latest.body } : emptyText,
          version: translation?.version ?? 0,
          savedAt: latest ? latest.savedAt.toISOString() : null,
        }}
        status={translation?.status ?? null}
        unpublishedChanges={translation?.unpublishedChanges ?? false}
        can={view.can}
        source={source ? <SourceColumn revision={source.pinned} sourceLocale={sourceLocale} uiLocale={locale} /> : null}
        signInHref={signInPath(locale, pagePath)}
        messages={messages.EditorTranslation}
        errors={messages.EditorErrors}
        previewLabels={{ footnotes: article('footnotes'), backToContent: article('backToContent') }}
      />
    </div>
  );
}
