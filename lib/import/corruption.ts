export type TextPosition = { line: number; column: number };
/** `excerpt`: the suspicious characters; `inTitle`: found in the title, not the body. */
export type ImportWarning = { code: string; message: string; position: TextPosition | null; excerpt?: string; inTitle?: boolean };

type Rule = { code: string; message: string; pattern: RegExp; onlyChinese?: boolean };

const han = '\\p{Script=Han}';
const rules: Rule[] = [
  { code: 'replacement-character', message: 'A character was lost in conversion (U+FFFD)', pattern: /\uFFFD/gu },
  {
    code: 'question-mark-in-chinese',
    message: 'A question mark between Chinese characters usually replaces a lost character',
    pattern: new RegExp(`(?<=${han})[?？]|[?？](?=${han})`, 'gu'),
  },
  {
    code: 'kana-in-chinese',
    message: 'A Japanese kana inside Chinese text usually comes from a wrong character conversion',
    pattern: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu,
    onlyChinese: true,
  },
  {
    code: 'stray-pinyin',
    message: 'A pinyin fragment is left inside the Chinese text',
    pattern: new RegExp(`(?<=${han}|[?？])[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[)）]?`, 'gu'),
  },
  { code: 'mojibake', message: 'Looks like text decoded with the wrong encoding (Ã, â€)', pattern: /Ã[\u0080-\u00BF]|â€/gu },
  {
    code: 'odd-symbol',
    message: 'An unexpected control or private-use character',
    pattern: /[\p{Cc}\p{Co}]/gu,
  },
];

/**
 * Places where the text is probably corrupted, for the editor to fix by hand: nothing here is
 * repaired, because a guess would put words in the reporter's mouth. Positions are 1-based lines
 * and columns (in characters) of the given text.
 */
export function findCorruption(text: string, isChinese: boolean): ImportWarning[] {
  const warnings: ImportWarning[] = [];
  text.split('\n').forEach((line, index) => {
    for (const rule of rules) {
      if (rule.onlyChinese && !isChinese) continue;
      // Columns count characters, not UTF-16 units; counted on from the previous match, because
      // counting from the line's start each time is quadratic on a line full of matches.
      let counted = { index: 0, column: 1 };
      for (const match of line.matchAll(rule.pattern)) {
        if (rule.code === 'odd-symbol' && match[0] === '\t') continue;
        counted = { index: match.index, column: counted.column + [...line.slice(counted.index, match.index)].length };
        const { column } = counted;
        warnings.push({ code: rule.code, message: `${rule.message}: “${match[0]}”`, position: { line: index + 1, column }, excerpt: match[0] });
      }
    }
  });
  return warnings.sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0));
}
