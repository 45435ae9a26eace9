import type { FieldDiff } from '@/lib/editor/text-diff';

type Props = {
  changes: FieldDiff[];
  /** Field names in the reader's language, e.g. { title: 'Title', … }. */
  labels: Record<FieldDiff['field'], string>;
  /** Language and direction of the compared text, which may differ from the interface's. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Shown when nothing changed. */
  unchangedLabel: string;
};

/** Differences between two texts: removed parts struck through (<del>), added parts underlined (<ins>). */
export function TextDiffView({ changes, labels, lang, dir, unchangedLabel }: Props) {
  const changed = changes.filter((field) => field.changed);
  if (changed.length === 0) return <p className="diff-unchanged">{unchangedLabel}</p>;
  return (
    <dl className="diff">
      {changed.map((field) => (
        <div key={field.field} className="diff-field">
          <dt>{labels[field.field]}</dt>
          <dd lang={lang} dir={dir} className={field.field === 'body' ? 'diff-body' : undefined}>
            {field.parts.map((part, index) =>
              part.change === 'added' ? (
                <ins key={index}>{part.value}</ins>
              ) : part.change === 'removed' ? (
                <del key={index}>{part.value}</del>
              ) : (
                <span key={index}>{part.value}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
