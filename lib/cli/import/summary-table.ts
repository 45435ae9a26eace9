export type ImportRow = {
  file: string;
  locale: string | null;
  confidence: number | null;
  title: string;
  removed: number;
  warnings: number;
  outcome: string;
};

const headers = ['file', 'locale', 'confidence', 'title', 'removed', 'warnings', 'result'];

function cell(text: string, width: number): string {
  const chars = [...text];
  // East Asian characters take two columns in a terminal.
  const columns = (value: string[]) => value.reduce((sum, char) => sum + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(char) ? 2 : 1), 0);
  let shown = chars;
  while (columns(shown) > width) shown = shown.slice(0, -2).concat('…');
  return shown.join('') + ' '.repeat(Math.max(0, width - columns(shown)));
}

/** The summary printed after an import: one row per file, in columns. */
export function formatSummaryTable(rows: readonly ImportRow[]): string {
  const values = rows.map((row) => [
    row.file,
    row.locale ?? '?',
    row.confidence === null ? '' : row.confidence.toFixed(2),
    row.title,
    String(row.removed),
    String(row.warnings),
    row.outcome,
  ]);
  const widths = headers.map((header, index) => Math.min(index === 3 ? 40 : 48, Math.max(header.length, ...values.map((v) => [...(v[index] ?? '')].length))));
  const line = (cells: string[]) => cells.map((text, index) => cell(text, widths[index] ?? 10)).join('  ').trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...values.map(line)].join('\n');
}
