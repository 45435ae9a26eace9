// Which words of a line also occur in the article: Chinese by character pairs (it has no spaces),
// other scripts by words of five letters or more, which skips most function words.
function terms(text: string): string[] {
  const lower = text.toLowerCase();
  const han = lower.match(/\p{Script=Han}+/gu) ?? [];
  const pairs = han.flatMap((run) => [...run].slice(0, -1).map((char, index) => char + [...run][index + 1]));
  const words = lower.match(/[\p{L}\p{M}]{5,}/gu)?.filter((word) => !/\p{Script=Han}/u.test(word)) ?? [];
  return [...pairs, ...words];
}

/** The share (0–1) of the line's terms found in the article; 1 for a line without terms. */
export function sharedTermRatio(line: string, article: string): number {
  const own = [...new Set(terms(line))];
  if (own.length === 0) return 1;
  const known = new Set(terms(article));
  return own.filter((term) => known.has(term)).length / own.length;
}
