import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { CoverageCell } from '@/lib/editor/dashboard-queries';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import { StateGlyph } from './state-glyph';

type Props = { href: string; contentLocale: Locale; cell: CoverageCell; isSource: boolean };

/**
 * One cell of the matrix: the state in words with its shape and colour, linking to the translation
 * editor. Screen readers hear the column's language first ("中文: Outdated"), as a link read out of
 * the table's context would otherwise not say which language it is about.
 */
export function CoverageCellLink({ href, contentLocale, cell, isSource }: Props) {
  const t = useTranslations('EditorDashboard.matrix');
  const states = useTranslations('EditorStates');
  const { nativeName, dir } = localeInfo[contentLocale];
  return (
    <Link href={href} className={`coverage-cell state-${cell.state}`}>
      <span className="sr-only">
        {t.rich('cellLanguage', {
          name: nativeName,
          language: (chunks) => (
            <span lang={contentLocale} dir={dir}>
              {chunks}
            </span>
          ),
        })}{' '}
      </span>
      <StateGlyph state={cell.state} />
      <span className="coverage-state">{states(cell.state)}</span>
      {isSource ? (
        <>
          <span className="coverage-source" aria-hidden="true">
            {t('sourceBadge')}
          </span>
          <span className="sr-only"> {t('sourceSpoken')}</span>
        </>
      ) : null}
      {cell.unpublishedChanges ? (
        <>
          <span className="coverage-unpublished" aria-hidden="true" title={t('unpublishedTitle')}>
            ✎
          </span>
          <span className="sr-only"> {t('unpublishedSpoken')}</span>
        </>
      ) : null}
    </Link>
  );
}
