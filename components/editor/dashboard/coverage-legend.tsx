import { useTranslations } from 'next-intl';
import { coverageStates } from '@/lib/editor/coverage-state';
import { StateGlyph } from './state-glyph';

/** What the matrix's styles and marks mean. */
export function CoverageLegend() {
  const t = useTranslations('EditorDashboard');
  const states = useTranslations('EditorStates');
  return (
    <section className="coverage-legend" aria-labelledby="coverage-legend-heading">
      <h2 id="coverage-legend-heading">{t('legend.heading')}</h2>
      <ul>
        {coverageStates.map((state) => (
          <li key={state}>
            <span className={`coverage-cell state-${state}`}>
              <StateGlyph state={state} />
              <span className="coverage-state">{states(state)}</span>
            </span>
          </li>
        ))}
        <li>
          <span className="coverage-source">{t('matrix.sourceBadge')}</span> {t('legend.source')}
        </li>
        <li>
          <span className="coverage-unpublished" aria-hidden="true">
            ✎
          </span>{' '}
          {t('legend.unpublished')}
        </li>
      </ul>
    </section>
  );
}
