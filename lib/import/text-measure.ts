// How long a line reads: a Chinese character carries about as much as a short word, so it counts
// for three Latin characters when deciding whether a line is a paragraph or a headline.
export function readingLength(line: string): number {
  const han = line.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  return [...line].length + han * 2;
}

/** A paragraph of running text rather than a headline, caption or link. */
export function isParagraph(line: string): boolean {
  return readingLength(line) >= 200;
}

/** Ends like a sentence (., !, ?, 。, …, possibly followed by closing quotes) rather than a headline. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?。！？…]["'”»)）]*$/u.test(line);
}
