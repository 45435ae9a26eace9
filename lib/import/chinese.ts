import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

const toneMarked = '[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*';
// A Han character followed by its pinyin in brackets, "當(dāng)": sites add these as reading aids.
// A tone mark is required, so a bracketed Latin name, "连云港(Lianyungang)", is left alone.
const pinyinAnnotation = new RegExp(`(\\p{Script=Han})[(（](${toneMarked})[)）]`, 'gu');

/** Removes pinyin readings that follow Chinese characters; returns how many it removed. */
export function removePinyinAnnotations(text: string): { text: string; removed: number } {
  let removed = 0;
  const cleaned = text.replace(pinyinAnnotation, (_match, han: string) => {
    removed += 1;
    return han;
  });
  return { text: cleaned, removed };
}

const hanOf = (text: string): string[] => text.match(/\p{Script=Han}/gu) ?? [];

/**
 * Whether the text is written in Traditional characters: enough of its Han characters change when
 * converted to Simplified. A Simplified text changes almost none (a few characters are ambiguous).
 */
export function isTraditional(text: string): boolean {
  const han = hanOf(text);
  if (han.length < 10) return false;
  const converted = hanOf(toSimplified(han.join('')));
  const changed = han.filter((char, index) => converted[index] !== char).length;
  return changed / han.length > 0.04;
}

export function convertToSimplified(text: string): string {
  return toSimplified(text);
}

const han = '\\p{Script=Han}';
const bracketsAroundChinese = new RegExp(`\\(([^()]*${han}[^()]*)\\)`, 'gu');
const asciiPunctuationAfterChinese = new RegExp(`(?<=${han}|[）”」』])([,;:])`, 'gu');
const fullWidth: Record<string, string> = { ',': '，', ';': '；', ':': '：' };

/**
 * Chinese punctuation in Chinese text: commas, semicolons and colons after a Chinese character, and
 * brackets around Chinese words, become their full-width forms, as Chinese typesetting expects.
 * Question marks stay: between Chinese characters one often marks a lost character (see corruption.ts).
 */
export function applyChinesePunctuation(text: string): string {
  return text
    .replace(bracketsAroundChinese, '（$1）')
    .replace(asciiPunctuationAfterChinese, (mark: string) => fullWidth[mark] ?? mark);
}
