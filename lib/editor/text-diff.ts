import { diffLines, diffWordsWithSpace } from 'diff';

export type DiffPart = { value: string; change: 'added' | 'removed' | 'same' };
export type FieldDiff = { field: 'title' | 'summary' | 'slug' | 'body'; changed: boolean; parts: DiffPart[] };
export type ComparableText = { title: string; summary: string; slug: string; body: string };

function partsOf(changes: { value: string; added?: boolean; removed?: boolean }[]): DiffPart[] {
  return changes.map((change) => ({
    value: change.value,
    change: change.added ? 'added' : change.removed ? 'removed' : 'same',
  }));
}

/**
 * Word differences for the short fields, with words found by the text's language (Chinese has no
 * spaces; Intl.Segmenter finds its words). The body is compared line by line: in Markdown a
 * paragraph is a line, and word-level changes across a whole report are too noisy to read.
 */
export function diffTexts(before: ComparableText, after: ComparableText, locale: string): FieldDiff[] {
  const intlSegmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  const words = (field: 'title' | 'summary' | 'slug'): FieldDiff => {
    const parts = partsOf(diffWordsWithSpace(before[field], after[field], { intlSegmenter }));
    return { field, changed: before[field] !== after[field], parts };
  };
  const body: FieldDiff = {
    field: 'body',
    changed: before.body !== after.body,
    parts: partsOf(diffLines(before.body, after.body)),
  };
  return [words('title'), words('summary'), words('slug'), body];
}
