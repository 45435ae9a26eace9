import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { TextDiffView } from '@/components/editor/diff/text-diff-view';
import type { TranslationEditorView } from '@/lib/editor/translation-queries';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import { translationEditorPath } from '@/lib/auth/editor-paths';

type Props = {
  source: NonNullable<TranslationEditorView['source']>;
  sourceLocale: Locale;
  uiLocale: Locale;
  announcementId: string;
  contentLocale: Locale;
};

/**
 * What changed in the source since the revision this translation was made from. Pinned to that
 * revision and outdated: a notice with the way to the newest source. Pinned to the newest already:
 * the same changes, as what the translation has to catch up with.
 */
export async function SourceChanges({ source, sourceLocale, uiLocale, announcementId, contentLocale }: Props) {
  if (!source.changes) return null;
  const t = await getTranslations({ locale: uiLocale, namespace: 'EditorTranslation' });
  const pinnedToLatest = source.pinned.id === source.latest.id;
  if (!pinnedToLatest && !source.outdated) return null;
  const labels = { title: t('fieldTitle'), summary: t('fieldSummary'), slug: t('fieldSlug'), body: t('fieldBody') };
  const diff = (
    <TextDiffView
      changes={source.changes}
      labels={labels}
      lang={sourceLocale}
      dir={localeInfo[sourceLocale].dir}
      unchangedLabel={t('diffUnchanged')}
    />
  );
  if (pinnedToLatest) {
    return (
      <section className="notice source-changes" aria-labelledby="source-changes-heading">
        <p>{t('pinnedLatest', { number: source.latest.number })}</p>
        <h2 id="source-changes-heading">{t('changesHeading')}</h2>
        {diff}
      </section>
    );
  }
  return (
    <section className="notice notice-warning source-changes" aria-labelledby="source-changes-heading">
      <h2 id="source-changes-heading">{t('outdatedHeading')}</h2>
      <p>{t('outdatedText', { base: source.pinned.number, latest: source.latest.number })}</p>
      <p>
        <Link href={translationEditorPath(uiLocale, announcementId, contentLocale, 'latest')} className="button-link">
          {t('translateFromLatest', { number: source.latest.number })}
        </Link>
      </p>
      <details open>
        <summary>{t('changesHeading')}</summary>
        {diff}
      </details>
    </section>
  );
}
