import { getTranslations } from 'next-intl/server';
import { TextDiffView } from '@/components/editor/diff/text-diff-view';
import type { FieldDiff } from '@/lib/editor/text-diff';
import type { ComparisonChoice } from './comparison-choice';

type Props = {
  choice: ComparisonChoice;
  changes: FieldDiff[];
  content: { lang: string; dir: 'ltr' | 'rtl' };
};

/** What changed between the two chosen revisions, in the text's own language and direction. */
export async function RevisionComparison({ choice, changes, content }: Props) {
  const t = await getTranslations('EditorHistory');
  const labels = { title: t('fieldTitle'), summary: t('fieldSummary'), slug: t('fieldSlug'), body: t('fieldBody') };
  return (
    <section id="comparison" className="history-comparison" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{t('comparisonHeading', { from: choice.from, to: choice.to })}</h2>
      <TextDiffView changes={changes} labels={labels} lang={content.lang} dir={content.dir} unchangedLabel={t('unchanged')} />
    </section>
  );
}
