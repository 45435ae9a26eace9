import { joinSegments } from './segment';

// ts_headline copies the document text as it is and wraps matches in these marks. Private-use
// characters never occur in stored search text (search-document.ts removes them), so splitting on
// them is unambiguous, and the parts are rendered as React text: nothing from the content or the
// query is ever interpreted as HTML.
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_END = '\uE001';

/** Options of ts_headline: two short fragments around the matches. */
export const HEADLINE_OPTIONS = [
  `StartSel=${HIGHLIGHT_START}`,
  `StopSel=${HIGHLIGHT_END}`,
  'MaxFragments=2',
  'MaxWords=30',
  'MinWords=12',
  'FragmentDelimiter=" … "',
].join(', ');

/**
 * ts_headline parses all of the text it is given, so its cost grows with the text: snippets are
 * cut from this many characters at the start of a translation (its summary, then its body). A
 * match further on is still found, and its snippet shows the opening instead.
 */
export const SNIPPET_SOURCE_LIMIT = 4000;

export type SnippetPart = { text: string; highlight: boolean };

function append(parts: SnippetPart[], text: string, highlight: boolean): void {
  if (text === '') return;
  const last = parts.at(-1);
  if (last && last.highlight === highlight) last.text += text;
  else parts.push({ text, highlight });
}

/**
 * Splits ts_headline output into plain and highlighted parts. Adjacent highlights merge (two
 * matched Chinese words read as one), line breaks become spaces, stray or unbalanced marks are
 * tolerated rather than trusted.
 */
export function parseSnippet(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const text = joinSegments(headline.replace(/\s+/gu, ' ').trim());
  let highlight = false;
  let current = '';
  for (const character of text) {
    if (character === HIGHLIGHT_START || character === HIGHLIGHT_END) {
      append(parts, current, highlight);
      current = '';
      highlight = character === HIGHLIGHT_START;
    } else {
      current += character;
    }
  }
  append(parts, current, highlight);
  return parts;
}
