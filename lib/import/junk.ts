import {
  breadcrumb,
  cookieBanner,
  copyright,
  linkOnly,
  machineApology,
  photoCaption,
  separator,
  shareWidget,
  spamWords,
} from './junk-patterns';
import { sharedTermRatio } from './relatedness';
import { endsLikeSentence, isParagraph, readingLength } from './text-measure';

export const junkReasons = [
  'breadcrumb',
  'share-widget',
  'cookie-banner',
  'copyright',
  'machine-apology',
  'seo-spam',
  'link',
  'separator',
  'repeated',
  'photo-caption',
  'trailing-headline',
] as const;
export type JunkReason = (typeof junkReasons)[number];

export type RemovedLine = { line: string; reason: JunkReason };
/** A line as the junk step saw it, with the reason it was removed (null: kept in the text). */
export type ReviewedLine = { text: string; reason: JunkReason | null };
export type JunkResult = { kept: string[]; removed: RemovedLine[]; captions: string[]; reviewed: ReviewedLine[] };

// On the seed reports, headlines of other articles share at most a quarter of their words with the
// article and its own closing lines at least two fifths.
const RELATED_SHARE = 0.35;
// Headlines of other articles, teasers included, are under 150 characters on the seed pages; a longer
// line after the last paragraph is the article's own closing text, a paragraph just short of the mark.
const HEADLINE_MAX = 160;

// Keyword stuffing: many short comma-separated phrases and no sentence.
function isKeywordStuffing(line: string): boolean {
  const parts = line.split(/[,，、،|;；؛]/u).map((part) => part.trim()).filter(Boolean);
  return parts.length >= 4 && parts.every((part) => readingLength(part) <= 40) && !endsLikeSentence(line);
}

function lineRule(line: string): JunkReason | null {
  if (separator.test(line)) return 'separator';
  if (linkOnly.test(line)) return 'link';
  if (breadcrumb.test(line)) return 'breadcrumb';
  if (shareWidget.test(line)) return 'share-widget';
  if (readingLength(line) < 400 && cookieBanner.test(line)) return 'cookie-banner';
  if (readingLength(line) < 300 && copyright.test(line)) return 'copyright';
  if (machineApology.test(line)) return 'machine-apology';
  if (spamWords.test(line) || isKeywordStuffing(line)) return 'seo-spam';
  return null;
}

/**
 * Sorts the lines of a report into the text, the junk (each with its reason) and photo captions,
 * which are kept apart for the editor. Lines are whole normalised lines, without blank ones.
 *
 * Captions are lines that say they are photos, or short lines that do not end like a sentence and
 * stand between paragraphs after the article has begun. After the last paragraph, pages list
 * headlines of other articles ("related news"): from the first short line there that shares few of
 * its words with the article, every short line is such a headline. A short closing
 * line about the article itself ("八、各方感谢…") stays.
 */
export function removeJunk(lines: readonly string[]): JunkResult {
  const reasons = new Map<number, JunkReason>();
  const seen = new Set<string>();
  const candidates: { line: string; index: number }[] = [];
  lines.forEach((line, index) => {
    const reason = lineRule(line) ?? (seen.has(line) ? 'repeated' : null);
    if (reason) reasons.set(index, reason);
    else candidates.push({ line, index });
    seen.add(line);
  });

  const firstParagraph = candidates.findIndex(({ line }) => isParagraph(line));
  const lastParagraph = candidates.findLastIndex(({ line }) => isParagraph(line));
  const article = candidates.filter(({ line }) => isParagraph(line)).map(({ line }) => line).join('\n');
  // Whether the lines after a candidate, skipping short unpunctuated ones, go on with a paragraph:
  // a run of such lines (a caption and its credit) is all captions, so that removing one of them
  // does not turn its neighbour into a caption when the cleaned text is cleaned again.
  const captionLike = (line: string) => !isParagraph(line) && !endsLikeSentence(line);
  const paragraphFollows: boolean[] = [];
  for (let position = candidates.length - 1, next = false; position >= 0; position -= 1) {
    paragraphFollows[position] = next;
    const line = candidates[position]?.line ?? '';
    if (!captionLike(line)) next = isParagraph(line);
  }
  const kept: string[] = [];
  const captions: string[] = [];
  let inRelatedList = false;
  candidates.forEach(({ line, index }, position) => {
    const inArticle = firstParagraph !== -1 && position > firstParagraph;
    const beforeParagraph = paragraphFollows[position] ?? false;
    const trailing = lastParagraph !== -1 && position > lastParagraph && readingLength(line) < HEADLINE_MAX;
    inRelatedList ||= trailing && sharedTermRatio(line, article) < RELATED_SHARE;
    if ((photoCaption.test(line) && position > 0) || (inArticle && captionLike(line) && beforeParagraph)) {
      captions.push(line);
      reasons.set(index, 'photo-caption');
    } else if (trailing && inRelatedList) {
      reasons.set(index, 'trailing-headline');
    } else {
      kept.push(line);
    }
  });
  const removed = [...reasons.entries()].sort(([a], [b]) => a - b).map(([index, reason]) => ({ line: lines[index] ?? '', reason }));
  const reviewed = lines.map((text, index) => ({ text, reason: reasons.get(index) ?? null }));
  return { kept, removed, captions, reviewed };
}
