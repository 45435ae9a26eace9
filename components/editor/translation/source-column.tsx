import { getTranslations } from 'next-intl/server';
import type { RevisionText } from '@/lib/editor/translation-queries';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import { renderMarkdown } from '@/lib/markdown/render-markdown';

type Props = { revision: RevisionText; sourceLocale: Locale; uiLocale: Locale };

/** The source text being translated, at the revision the translation follows, as readers see it. */
export async function SourceColumn({ revision, sourceLocale, uiLocale }: Props) {
  const t = await getTranslations({ locale: uiLocale, namespace: 'EditorTranslation' });
  // The footnote labels of the source's own language, as on its public page.
  const article = await getTranslations({ locale: sourceLocale, namespace: 'AnnouncementPage' });
  const body = renderMarkdown(revision.body, { footnotes: article('footnotes'), backToContent: article('backToContent') });
  const language = { lang: sourceLocale, dir: localeInfo[sourceLocale].dir };
  return (
    // It scrolls on its own beside the form on wide screens, so it takes focus for keyboard scrolling.
    <section className="source-column" aria-labelledby="source-heading" tabIndex={0}>
      <h2 id="source-heading">{t('sourceHeading', { number: revision.number })}</h2>
      <div className="source-text" {...language}>
        <h3 className="source-title">{revision.title}</h3>
        {revision.summary ? <p className="lede">{revision.summary}</p> : null}
        {/* Sanitized by renderMarkdown, as on the public pages. */}
        <div className="prose" dangerouslySetInnerHTML={{ __html: body }} />
      </div>
    </section>
  );
}
