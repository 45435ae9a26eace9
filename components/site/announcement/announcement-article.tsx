import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { AnnouncementPageData } from '@/lib/announcements/announcement-page';
import { localeInfo } from '@/lib/i18n/locales';
import { renderMarkdown } from '@/lib/markdown/render-markdown';
import { AlsoAvailable } from './also-available';
import { ArticleFacts } from './article-facts';
import { CoverFigure } from './cover-figure';
import { FallbackNotice } from './fallback-notice';
import { LifecycleBanner } from './lifecycle-banner';

type Props = { data: Extract<AnnouncementPageData, { kind: 'article' }> };

/**
 * One announcement. The page's own words (notices, dates, facts) are in the page's language; the
 * announcement's text is in the language of the translation shown, marked with its lang and dir.
 */
export function AnnouncementArticle({ data }: Props) {
  const t = useTranslations('AnnouncementPage');
  const format = useFormatter();
  const locale = useLocale();
  const { shown, record } = data;
  const textLanguage = { lang: shown.locale, dir: localeInfo[shown.locale].dir };
  const body = renderMarkdown(shown.body, { footnotes: t('footnotes'), backToContent: t('backToContent') });
  return (
    <article className="article">
      {data.mode === 'fallback' ? (
        <FallbackNotice pageLocale={locale} shownLocale={shown.locale} shownIsOriginal={shown.locale === data.sourceLocale} />
      ) : null}
      {data.lifecycle ? <LifecycleBanner notice={data.lifecycle} /> : null}
      <header className="article-header" {...textLanguage}>
        <h1>{shown.title}</h1>
        {shown.summary ? <p className="lede">{shown.summary}</p> : null}
      </header>
      <p className="meta">
        {t.rich('publishedOn', {
          date: format.dateTime(new Date(shown.publishedAt), { dateStyle: 'long' }),
          time: (chunks) => <time dateTime={shown.publishedAt}>{chunks}</time>,
        })}
      </p>
      {record.cover ? <CoverFigure cover={record.cover} pageLocale={locale} textLocale={shown.locale} /> : null}
      {/* Sanitized by renderMarkdown: no script, handler or javascript: URL survives it. */}
      <div className="prose" {...textLanguage} dangerouslySetInnerHTML={{ __html: body }} />
      <ArticleFacts record={record} />
      <AlsoAvailable translations={data.alsoAvailable} />
    </article>
  );
}
