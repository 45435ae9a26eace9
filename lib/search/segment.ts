// Scripts written without spaces between words. PostgreSQL's parser would read a whole run of them
// as one token, so such runs are cut into words with ICU (Intl.Segmenter) before indexing and
// before querying. Chosen by script, not by locale, so a Chinese name quoted in a Russian text is
// findable too and a new locale needs no code here.
const NO_SPACE_SCRIPTS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;
// CJK punctuation sits between such words without spaces too; the segmenter isolates it.
const CJK_PUNCTUATION = String.raw`\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65`;
const RUN = new RegExp(`[${NO_SPACE_SCRIPTS}${CJK_PUNCTUATION}]+`, 'gu');
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// A space between two such characters, or between one and a digit ("57 个" → "57个", as Chinese is
// written), seeing through the highlight marks (see snippet.ts).
const SIDE = `${NO_SPACE_SCRIPTS}${CJK_PUNCTUATION}`;
const MARKS = String.raw`[\uE000\uE001]*`;
const JOINABLE = new RegExp(
  `(?<=[${SIDE}]${MARKS}) (?=${MARKS}[${SIDE}0-9])|(?<=[0-9]${MARKS}) (?=${MARKS}[${SIDE}])`,
  'gu',
);

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/**
 * Puts a space between the words of every run of a no-space script ("移民管理" → "移民 管理"), and
 * between such a run and an adjacent letter or digit ("2024年" → "2024 年"). Other text, including
 * the operators of a web search query ("-", quotes), is left exactly as it was.
 */
export function segmentForSearch(text: string, locale: string): string {
  const segmenter = segmenterFor(locale);
  return text.replace(RUN, (run, offset: number, whole: string) => {
    const words = Array.from(segmenter.segment(run), (part) => part.segment).join(' ');
    const before = offset > 0 && LETTER_OR_DIGIT.test(whole.charAt(offset - 1)) ? ' ' : '';
    const after = LETTER_OR_DIGIT.test(whole.charAt(offset + run.length)) ? ' ' : '';
    return `${before}${words}${after}`;
  });
}

/**
 * Undoes segmentForSearch for display: removes a space between two characters of no-space scripts,
 * or between one and a digit. Such text is written without these spaces, so (almost) only inserted
 * ones go; a space next to Latin text stays (it may have been inserted, but it reads fine).
 */
export function joinSegments(text: string): string {
  return text.replace(JOINABLE, '');
}
