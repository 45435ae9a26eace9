import { endsLikeSentence, isParagraph, readingLength } from './text-measure';

export type ExtractedText = { title: string; summary: string; body: string };

const TITLE_MAX = 300;
const SUMMARY_MAX = 300;
const isCjk = (locale: string) => locale === 'zh' || locale === 'ja';
const isDateline = (line: string) => /^[(（].*[)）]$/u.test(line);

// Intl.Segmenter ends a sentence at "17." in "am 17. und 18. September" (German ordinals) and at
// initials ("J. Smith"); such pieces are joined to the next one.
const falseSentenceEnd = /(?:\d|\b\p{Lu})\.$/u;

function sentencesOf(text: string, locale: string): string[] {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if (!falseSentenceEnd.test(pending.trim())) {
      if (pending.trim()) sentences.push(pending.trim());
      pending = '';
    }
  }
  if (pending.trim()) sentences.push(pending.trim());
  return sentences;
}

/** Cuts at a word boundary (any character for Chinese) and marks the cut with an ellipsis. */
function shorten(text: string, max: number, locale: string): string {
  if ([...text].length <= max) return text;
  const cut = [...text].slice(0, max - 1).join('');
  const atWord = isCjk(locale) ? cut : cut.replace(/\s+\S*$/u, '');
  return `${atWord.replace(/[\s,;:，、；：]+$/u, '')}…`;
}

// Characters Markdown would read as markup: the body must show the report's text as it is.
function escapeMarkdown(line: string): string {
  return line
    .replace(/[\\`*_[\]<>]/g, (char) => `\\${char}`)
    .replace(/^(\d+)([.)]\s)/u, '$1\\$2')
    .replace(/^(#{1,6}\s|[-+=]\s|=+$|-+$)/u, (marker) => `\\${marker}`);
}

// More short lines than this at the top are not one heading: only the first is the title. Taking the
// first three would make a title that, cleaned again as one line, takes the fourth line too.
const TITLE_LINES_MAX = 3;

function titleLinesOf(lines: readonly string[], separator: string): number {
  let count = 0;
  for (const line of lines) {
    const fits = !endsLikeSentence(line) && !isDateline(line) && readingLength(line) <= TITLE_MAX;
    // A heading as long as a paragraph once joined would be read as one when cleaned again.
    if (!fits || (count > 0 && isParagraph([...lines.slice(0, count), line].join(separator)))) break;
    count += 1;
  }
  return count > TITLE_LINES_MAX ? 1 : count;
}

/**
 * Title, summary and Markdown body from the kept lines of a report. The title is the heading at
 * the top (one to three short lines that do not end like a sentence; a dateline in brackets is
 * not a title). Without one, the first sentence serves as the title. The summary is the first
 * sentences of the first paragraph, up to 300 characters; every line becomes a paragraph.
 */
export function extractText(lines: readonly string[], locale: string): ExtractedText {
  const separator = isCjk(locale) ? '' : ': ';
  const titleCount = titleLinesOf(lines, separator);
  const bodyLines = lines.slice(titleCount);
  const firstParagraph = bodyLines.find((line) => !isDateline(line)) ?? '';
  const sentences = sentencesOf(firstParagraph, locale);
  const title =
    titleCount > 0
      ? lines.slice(0, titleCount).join(separator)
      : shorten(sentences[0] ?? firstParagraph, 150, locale).replace(/[.。]$/u, '');
  let summary = '';
  for (const sentence of sentences) {
    const next = summary === '' ? sentence : `${summary}${isCjk(locale) ? '' : ' '}${sentence}`;
    if ([...next].length > SUMMARY_MAX && summary !== '') break;
    summary = next;
  }
  return {
    title: shorten(title, TITLE_MAX, locale),
    summary: shorten(summary, SUMMARY_MAX, locale),
    body: bodyLines.map(escapeMarkdown).join('\n\n'),
  };
}
